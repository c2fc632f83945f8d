package org.cultivar.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.cultivar.store.testing.TestDatabase;
import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditQuery;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding entries: filters, dates, paging, and who may see what. */
abstract class BrowsingContract {

    AuditFixture audit;

    abstract TestDatabase database();

    @BeforeEach
    void openDatabase() {
        audit = new AuditFixture(database());
    }

    @AfterEach
    void closeDatabase() {
        audit.close();
    }

    @Test
    void listsNewestFirstPageByPage() {
        for (int i = 1; i <= 7; i++) {
            record(Actors.ADMINISTRATOR, "user.created", "user", "u" + i, null);
        }

        assertThat(sequences(audit.trail.find(Actors.ADMINISTRATOR, AuditQuery.all(0, 3)))).containsExactly(7L, 6L, 5L);
        assertThat(sequences(audit.trail.find(Actors.ADMINISTRATOR, AuditQuery.all(3, 3)))).containsExactly(4L, 3L, 2L);
        assertThat(sequences(audit.trail.find(Actors.ADMINISTRATOR, AuditQuery.all(6, 3)))).containsExactly(1L);
        assertThat(audit.trail.find(Actors.ADMINISTRATOR, AuditQuery.all(7, 3))).isEmpty();
    }

    @Test
    void returnsEntriesAsStored() {
        record(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "P-1", "440106");

        assertThat(audit.trail.find(Actors.ADMINISTRATOR, AuditQuery.all(0, 10))).isEqualTo(audit.stored());
    }

    @Test
    void capsAPageAtFiveHundredEntries() {
        audit.transactions.required(c -> {
            for (int i = 0; i < EntrySearch.MAXIMUM_LIMIT + 1; i++) {
                record(Actors.ADMINISTRATOR, "user.created", "user", "u" + i, null);
            }
            return null;
        });

        List<AuditEntry> page = audit.trail.find(Actors.ADMINISTRATOR, AuditQuery.all(0, 10_000));

        assertThat(page).hasSize(EntrySearch.MAXIMUM_LIMIT);
        assertThat(page.get(0).sequence()).isEqualTo(EntrySearch.MAXIMUM_LIMIT + 1);
    }

    @Test
    void refusesPagingAndDatesThatMakeNoSense() {
        LocalDate day = LocalDate.of(2025, 3, 2);

        assertThatThrownBy(() -> audit.trail.find(Actors.ADMINISTRATOR, AuditQuery.all(0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'limit'");
        assertThatThrownBy(() -> audit.trail.find(Actors.ADMINISTRATOR, AuditQuery.all(-1, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'offset'");
        assertThatThrownBy(() -> audit.trail.find(Actors.ADMINISTRATOR,
                new AuditQuery(null, null, null, null, day, day.minusDays(1), 0, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'from'");
        // beyond what a date field offers, and (in PostgreSQL) beyond what a timestamp can hold
        assertThatThrownBy(() -> audit.trail.find(Actors.ADMINISTRATOR,
                new AuditQuery(null, null, null, null, null, LocalDate.of(294_277, 1, 1), 0, 10)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Audit query 'to' must be a day from 0001-01-01 to 9999-12-31, got +294277-01-01");
    }

    @Test
    void refusesFiltersNoEntryCanHold() {
        // PostgreSQL refuses NUL outright, and would look for '?' where a surrogate pair is broken
        assertThatThrownBy(() -> find("li.clerk\0", null, null, null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Audit query 'actorId' contains a character no entry can hold "
                        + "(NUL or a broken surrogate pair) at position 8");
        assertThatThrownBy(() -> find(null, null, null, "P-\uD800"))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Audit query 'entityId'");
    }

    @Test
    void filtersByActorActionAndEntity() {
        record(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "P-1", null);   // 1
        record(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "P-2", null);   // 2
        record(Actors.GUANGZHOU_OFFICIAL, "payout.approved", "payout", "P-1", null); // 3
        record(Actors.ADMINISTRATOR, "user.created", "user", "P-1", null);           // 4

        assertThat(find("li.clerk", null, null, null)).containsExactly(2L, 1L);
        assertThat(find(null, "payout.approved", null, null)).containsExactly(3L);
        assertThat(find(null, null, "payout", null)).containsExactly(3L, 2L, 1L);
        assertThat(find(null, null, null, "P-1")).containsExactly(4L, 3L, 1L);
        assertThat(find(null, null, "payout", "P-1")).containsExactly(3L, 1L);
        assertThat(find("li.clerk", "payout.recorded", "payout", "P-2")).containsExactly(2L);
        assertThat(find("nobody", null, null, null)).isEmpty();
        // an empty search field filters nothing
        assertThat(find("", " ", null, "")).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void readsDatesAsInclusiveDaysInShanghai() {
        recordAt("2025-03-01T15:59:59.999999Z"); // 1: 1 March, 23:59:59.999999 in Shanghai
        recordAt("2025-03-01T16:00:00Z");        // 2: 2 March, 00:00
        recordAt("2025-03-02T15:59:59.999999Z"); // 3: 2 March, 23:59:59.999999
        recordAt("2025-03-02T16:00:00Z");        // 4: 3 March, 00:00
        LocalDate first = LocalDate.of(2025, 3, 1);
        LocalDate second = LocalDate.of(2025, 3, 2);

        assertThat(findBetween(second, second)).containsExactly(3L, 2L);
        assertThat(findBetween(second, null)).containsExactly(4L, 3L, 2L);
        assertThat(findBetween(null, first)).containsExactly(1L);
        assertThat(findBetween(first, second)).containsExactly(3L, 2L, 1L);
        assertThat(findBetween(LocalDate.of(2025, 3, 4), null)).isEmpty();
    }

    @Test
    void showsRegionalAuditorsTheirRegionsAndTheSharedEntries() {
        List<String> regions = Arrays.asList(null, "100000", "440000", "440100", "440106", "440300", "441900",
                "450100", "110105");
        regions.forEach(region -> record(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "P", region));

        assertThat(visibleRegions(Actors.GUANGZHOU_AUDITOR)).containsExactlyInAnyOrder(null, "440100", "440106");
        assertThat(visibleRegions(Actors.TIANHE_AUDITOR)).containsExactlyInAnyOrder(null, "440106");
        for (Actor auditor : List.of(Actors.GUANGDONG_AUDITOR, Actors.GUANGZHOU_AUDITOR, Actors.TIANHE_AUDITOR)) {
            List<String> covered = regions.stream()
                    .filter(region -> region == null || auditor.scope().covers(RegionCode.of(region)))
                    .toList();
            assertThat(visibleRegions(auditor)).as(auditor.userId()).containsExactlyInAnyOrderElementsOf(covered);
        }
        assertThat(visibleRegions(Actors.NATIONAL_AUDITOR)).containsExactlyInAnyOrderElementsOf(regions);
        assertThat(visibleRegions(Actors.ADMINISTRATOR)).containsExactlyInAnyOrderElementsOf(regions);
    }

    @Test
    void letsOnlyAdministratorsAndAuditorsRead() {
        record(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "P-1", "440100");
        Actor auditorWithoutScope = new Actor("sun.audit", "Sun", Set.of(Role.AUDITOR), null);

        for (Actor reader : Arrays.asList(Actors.GUANGZHOU_CLERK, Actors.GUANGZHOU_OFFICIAL, Actors.NO_ROLE,
                Actor.SYSTEM, auditorWithoutScope, null)) {
            assertThatThrownBy(() -> audit.trail.find(reader, AuditQuery.all(0, 10)))
                    .as(reader == null ? "no reader" : reader.userId())
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (Actor reader : List.of(Actors.ADMINISTRATOR, Actors.NATIONAL_AUDITOR, Actors.GUANGZHOU_AUDITOR)) {
            assertThat(audit.trail.find(reader, AuditQuery.all(0, 10))).as(reader.userId()).hasSize(1);
        }
    }

    @Test
    void letsAdministratorsAuditorsAndTheSystemVerify() {
        record(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "P-1", "440100");

        for (Actor reader : Arrays.asList(Actors.GUANGZHOU_CLERK, Actors.GUANGZHOU_OFFICIAL, Actors.NO_ROLE, null)) {
            assertThatThrownBy(() -> audit.trail.verify(reader))
                    .as(reader == null ? "no reader" : reader.userId())
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (Actor reader : List.of(Actors.ADMINISTRATOR, Actors.NATIONAL_AUDITOR, Actors.TIANHE_AUDITOR, Actor.SYSTEM)) {
            assertThat(audit.trail.verify(reader).intact()).as(reader.userId()).isTrue();
        }
    }

    private void record(Actor actor, String action, String entityType, String entityId, String region) {
        audit.trail.record(new AuditEvent(actor, action, entityType, entityId, region, null, null));
    }

    private void recordAt(String instant) {
        audit.clock.set(Instant.parse(instant));
        record(Actors.ADMINISTRATOR, "user.created", "user", instant, null);
    }

    private List<Long> find(String actorId, String action, String entityType, String entityId) {
        return sequences(audit.trail.find(Actors.ADMINISTRATOR,
                new AuditQuery(actorId, action, entityType, entityId, null, null, 0, 100)));
    }

    private List<Long> findBetween(LocalDate from, LocalDate to) {
        return sequences(audit.trail.find(Actors.ADMINISTRATOR, new AuditQuery(null, null, null, null, from, to, 0, 100)));
    }

    private List<String> visibleRegions(Actor reader) {
        List<String> regions = new ArrayList<>();
        audit.trail.find(reader, AuditQuery.all(0, 100)).forEach(entry -> regions.add(entry.region()));
        return regions;
    }

    private static List<Long> sequences(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::sequence).toList();
    }
}
