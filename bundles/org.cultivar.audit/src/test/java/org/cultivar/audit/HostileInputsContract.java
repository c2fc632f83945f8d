package org.cultivar.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.cultivar.store.testing.TestDatabase;
import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditQuery;
import org.cultivar.core.api.testing.HostileInputs;
import org.cultivar.core.api.testing.HostileInputs.Case;
import org.cultivar.core.api.testing.Printable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the hostile-input corpus (hostile-inputs/README.md) in every text field of an
 * audit event and in every search filter. An event is recorded with the text exactly as given,
 * or refused with a message naming the field and nothing appended; a search finds exactly the
 * entries that hold the text, or is refused naming the filter; the chain holds afterwards.
 */
abstract class HostileInputsContract {

    private AuditFixture audit;

    abstract TestDatabase database();

    @BeforeEach
    void openDatabaseWithAnEntry() {
        audit = new AuditFixture(database());
        audit.trail.record(EventField.ORDINARY);
    }

    @AfterEach
    void closeDatabase() {
        audit.close();
    }

    @TestFactory
    Stream<DynamicNode> everyTextFieldOfAnEvent() {
        return Stream.concat(
                Stream.of(EventField.values()).map(field -> dynamicContainer(field.label(),
                        HostileInputs.dynamicTests(hostile -> recordsExactlyOrRefuses(field, hostile.value())))),
                Stream.of(anOrdinaryEntryAfterTheHostileOnes()));
    }

    @TestFactory
    Stream<DynamicNode> everySearchFilter() {
        return Stream.concat(
                Stream.of(EventField.values()).filter(field -> field.filter() != null)
                        .map(field -> dynamicContainer(field.filter(),
                                HostileInputs.dynamicTests(hostile -> findsExactlyOrRefuses(field, hostile.value())))),
                Stream.of(anOrdinaryEntryAfterTheHostileOnes()));
    }

    @TestFactory
    Stream<DynamicTest> searchDates() {
        List<Case> dates = HostileInputs.all().stream().filter(hostile -> isoDate(hostile.value()) != null).toList();
        assertThat(dates).as("corpus cases that a date field would accept").hasSizeGreaterThan(5);
        return HostileInputs.dynamicTests(dates, hostile -> {
            LocalDate day = isoDate(hostile.value());
            findsWithinOrRefuses(day, null);
            findsWithinOrRefuses(null, day);
            findsWithinOrRefuses(day, day);
        });
    }

    @TestFactory
    Stream<DynamicTest> searchPaging() {
        List<Case> numbers = HostileInputs.all().stream().filter(hostile -> integer(hostile.value()) != null).toList();
        assertThat(numbers).as("corpus cases that a number field would accept").hasSizeGreaterThan(5);
        return HostileInputs.dynamicTests(numbers, hostile -> {
            int number = integer(hostile.value());
            pagesOrRefuses(AuditQuery.all(number, 10), "offset", 10);
            pagesOrRefuses(AuditQuery.all(0, number), "limit", number);
        });
    }

    private void recordsExactlyOrRefuses(EventField field, String text) {
        long entriesBefore = audit.entries();
        long headBefore = chainHead();
        Outcome<AuditEntry> recorded = Outcome.of(() -> audit.trail.record(field.carrying(text)));

        if (recorded.refusal() == null) {
            assertThat(field.of(recorded.value())).isEqualTo(text);
            // read back from the database: the newest entry
            assertThat(audit.trail.find(Actors.ADMINISTRATOR, AuditQuery.all(0, 1))).containsExactly(recorded.value());
        } else {
            assertClearRefusal(recorded.refusal(), "Audit event field '" + field.label() + "'");
            assertThat(audit.entries()).isEqualTo(entriesBefore);
            assertThat(chainHead()).isEqualTo(headBefore);
        }
    }

    private void findsExactlyOrRefuses(EventField field, String text) {
        // stored first where it can be, so that there is an entry to find
        Outcome<AuditEntry> recorded = Outcome.of(() -> audit.trail.record(field.carrying(text)));
        Outcome<List<AuditEntry>> found = Outcome.of(() -> audit.trail.find(Actors.ADMINISTRATOR, field.query(text)));

        if (found.refusal() != null) {
            assertClearRefusal(found.refusal(), "Audit query '" + field.filter() + "'");
        } else if (text == null || text.isBlank()) {
            // an empty search field filters nothing
            assertThat(found.value()).isEqualTo(
                    audit.trail.find(Actors.ADMINISTRATOR, AuditQuery.all(0, EntrySearch.MAXIMUM_LIMIT)));
        } else {
            // no wildcard, no injected condition: only entries holding exactly this text
            assertThat(found.value()).allSatisfy(entry -> assertThat(field.of(entry)).isEqualTo(text));
            if (recorded.refusal() == null) {
                assertThat(found.value()).contains(recorded.value());
            }
        }
    }

    private void findsWithinOrRefuses(LocalDate from, LocalDate to) {
        Outcome<List<AuditEntry>> found = Outcome.of(() -> audit.trail.find(Actors.ADMINISTRATOR,
                new AuditQuery(null, null, null, null, from, to, 0, EntrySearch.MAXIMUM_LIMIT)));

        if (found.refusal() != null) {
            assertClearRefusal(found.refusal(), "Audit query '" + (from != null ? "from" : "to") + "'");
            return;
        }
        for (AuditEntry entry : found.value()) {
            if (from != null) {
                Instant firstMoment = from.atStartOfDay(EntrySearch.BUSINESS_ZONE).toInstant();
                assertThat(entry.recordedAt()).isAfterOrEqualTo(firstMoment);
            }
            if (to != null) {
                Instant lastMoment = to.atTime(LocalTime.MAX).atZone(EntrySearch.BUSINESS_ZONE).toInstant();
                assertThat(entry.recordedAt()).isBeforeOrEqualTo(lastMoment);
            }
        }
    }

    private void pagesOrRefuses(AuditQuery query, String field, int limit) {
        Outcome<List<AuditEntry>> found = Outcome.of(() -> audit.trail.find(Actors.ADMINISTRATOR, query));

        if (found.refusal() != null) {
            assertClearRefusal(found.refusal(), "Audit query '" + field + "'");
        } else {
            long available = Math.max(0, audit.entries() - query.offset());
            assertThat(found.value()).hasSize((int) Math.min(available, Math.min(limit, EntrySearch.MAXIMUM_LIMIT)));
        }
    }

    private DynamicTest anOrdinaryEntryAfterTheHostileOnes() {
        return dynamicTest("an ordinary entry is recorded and the chain holds after the hostile ones", () -> {
            AuditEntry entry = audit.trail.record(EventField.ORDINARY);
            assertThat(audit.trail.find(Actors.ADMINISTRATOR, AuditQuery.all(0, 1))).containsExactly(entry);
            // every stored entry hashes to what was hashed when it was recorded: nothing was altered on the way
            assertThat(audit.trail.verify(Actors.ADMINISTRATOR).intact()).isTrue();
        });
    }

    /** An IllegalArgumentException, in one short line naming the field; nothing else may escape. */
    private static void assertClearRefusal(Throwable refused, String namedField) {
        assertThat(refused).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(namedField);
        assertThat(Printable.isOneShortLine(refused.getMessage()))
                .as("one short line: %s", Printable.of(refused.getMessage(), Printable.LONGEST_MESSAGE)).isTrue();
    }

    /** What a call returned, or the exception it threw instead. */
    private record Outcome<T>(T value, Throwable refusal) {
        static <T> Outcome<T> of(Callable<T> call) {
            try {
                return new Outcome<>(call.call(), null);
            } catch (Exception e) {
                return new Outcome<>(null, e);
            }
        }
    }

    private long chainHead() {
        return audit.count("SELECT last_sequence FROM audit_chain_head");
    }

    /** What an ISO date field would make of the text, or null where it refuses it. */
    private static LocalDate isoDate(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What a number field would make of the text, or null where it refuses it. */
    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
