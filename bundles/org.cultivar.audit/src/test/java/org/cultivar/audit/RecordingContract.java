package org.cultivar.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.cultivar.store.testing.TestDatabase;
import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditQuery;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.store.api.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Appending entries: the fields kept, the links, and the caller's transaction. */
abstract class RecordingContract {

    AuditFixture audit;

    abstract TestDatabase database();

    @BeforeEach
    void openDatabase() {
        audit = new AuditFixture(database());
        audit.execute("CREATE TABLE payout (id INTEGER PRIMARY KEY, amount NUMERIC(19,2) NOT NULL)");
    }

    @AfterEach
    void closeDatabase() {
        audit.close();
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    @Test
    void keepsEveryFieldAndReturnsWhatWasStored() {
        audit.clock.set(Instant.parse("2025-11-08T02:00:00.123456789Z"));
        AuditEvent event = AuditEvent.of(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "P-1")
                .withRegion("440106").withChange(null, "{\"amount\":\"1000.00\"}");

        AuditEntry entry = audit.trail.record(event);

        assertThat(entry.sequence()).isEqualTo(1);
        // microseconds are what both databases keep, so the hash is taken over those
        assertThat(entry.recordedAt()).isEqualTo(Instant.parse("2025-11-08T02:00:00.123456Z"));
        assertThat(entry.actorId()).isEqualTo("li.clerk");
        assertThat(entry.actorRoles()).isEqualTo("CLERK");
        assertThat(entry.actorRegion()).isEqualTo("440100");
        assertThat(entry.action()).isEqualTo("payout.recorded");
        assertThat(entry.entityType()).isEqualTo("payout");
        assertThat(entry.entityId()).isEqualTo("P-1");
        assertThat(entry.region()).isEqualTo("440106");
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).isEqualTo("{\"amount\":\"1000.00\"}");
        assertThat(entry.hash()).matches("[0-9a-f]{64}").isEqualTo(EntryHash.of(entry, EntryHash.GENESIS));
        assertThat(audit.stored()).containsExactly(entry);
    }

    @Test
    void linksEachEntryToThePreviousOne() {
        AuditEntry first = audit.trail.record(AuditEvent.of(Actors.ADMINISTRATOR, "user.created", "user", "li.clerk"));
        AuditEntry second = audit.trail.record(AuditEvent.of(Actors.ADMINISTRATOR, "user.locked", "user", "li.clerk"));

        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.hash()).isEqualTo(EntryHash.of(second, first.hash()));
        assertThat(audit.count("SELECT COUNT(*) FROM audit_entry WHERE sequence_number = 2 AND previous_hash = ?",
                first.hash())).isEqualTo(1);
        assertThat(audit.count("SELECT last_sequence FROM audit_chain_head")).isEqualTo(2);
    }

    @Test
    void writesRolesInAStableOrderAndTheSystemActorWithNone() {
        Actor both = new Actor("zhou", "Zhou", EnumSet.of(Role.AUDITOR, Role.ADMINISTRATOR), RegionCode.NATIONAL);

        AuditEntry byBoth = audit.trail.record(AuditEvent.of(both, "feature.installed", "feature", "gz"));
        AuditEntry bySystem = audit.trail.record(AuditEvent.of(Actor.SYSTEM, "title.expired", "certification", "C-9"));

        assertThat(byBoth.actorRoles()).isEqualTo("ADMINISTRATOR,AUDITOR");
        assertThat(bySystem.actorId()).isEqualTo("system");
        assertThat(bySystem.actorRoles()).isEmpty();
        assertThat(bySystem.actorRegion()).isEqualTo("100000");
        assertThat(audit.stored()).containsExactly(byBoth, bySystem);
    }

    @Test
    void commitsTogetherWithTheChangeItRecords() {
        audit.transactions.required(c -> {
            update(c, "INSERT INTO payout VALUES (1, 1000.00)");
            audit.trail.record(AuditEvent.of(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "1"));
            return null;
        });

        assertThat(audit.count("SELECT COUNT(*) FROM payout")).isEqualTo(1);
        assertThat(audit.entries()).isEqualTo(1);
    }

    @Test
    void aRollbackAfterRecordingLeavesNoEntryAndNoGap() {
        assertThatThrownBy(() -> audit.transactions.required(c -> {
            update(c, "INSERT INTO payout VALUES (1, 1000.00)");
            audit.trail.record(AuditEvent.of(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "1"));
            throw new IllegalStateException("budget exceeded");
        })).hasMessage("budget exceeded");

        assertThat(audit.count("SELECT COUNT(*) FROM payout")).isZero();
        assertThat(audit.entries()).isZero();
        assertThat(audit.count("SELECT last_sequence FROM audit_chain_head")).isZero();
        AuditEntry next = audit.trail.record(AuditEvent.of(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "2"));
        assertThat(next.sequence()).isEqualTo(1);
        assertThat(audit.trail.verify(Actors.ADMINISTRATOR).intact()).isTrue();
    }

    @Test
    void aFailingChangeAfterRecordingRollsTheEntryBackToo() {
        audit.execute("INSERT INTO payout VALUES (1, 1000.00)");

        assertThatThrownBy(() -> audit.transactions.required(c -> {
            audit.trail.record(AuditEvent.of(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "1"));
            return update(c, "INSERT INTO payout VALUES (1, 2000.00)"); // duplicate key
        })).isInstanceOf(StoreException.class);

        assertThat(audit.entries()).isZero();
    }

    @Test
    void keepsLongStatesVerbatim() {
        String before = "名称：广州市天河区创新科技有限公司 😀 \r\n\t".repeat(10_000);
        String after = "x".repeat(EventRules.MAXIMUM_STATE_LENGTH);

        AuditEntry entry = audit.trail.record(AuditEvent.of(Actors.GUANGZHOU_OFFICIAL, "schedule.configured",
                "schedule", "gz.rent").withChange(before, after));

        assertThat(audit.stored()).singleElement().satisfies(stored -> {
            assertThat(stored.before()).isEqualTo(before);
            assertThat(stored.after()).isEqualTo(after);
            assertThat(stored).isEqualTo(entry);
        });
        assertThat(audit.trail.verify(Actors.ADMINISTRATOR).intact()).isTrue();
    }

    @Test
    void refusesAnEventItCannotStoreFaithfullyAndWritesNothing() {
        List<AuditEvent> refused = List.of(
                AuditEvent.of(Actors.GUANGZHOU_CLERK, " ", "payout", "1"),
                AuditEvent.of(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "1").withRegion("4401"),
                AuditEvent.of(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "1").withChange(null, "a\0b"),
                AuditEvent.of(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "x".repeat(201)));

        for (AuditEvent event : refused) {
            assertThatThrownBy(() -> audit.trail.record(event)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(audit.entries()).isZero();
        assertThat(audit.trail.find(Actors.ADMINISTRATOR, AuditQuery.all(0, 10))).isEmpty();
    }

    @Test
    void aRefusedEventDoesNotSpoilTheCallersTransaction() {
        audit.transactions.required(c -> {
            update(c, "INSERT INTO payout VALUES (1, 1000.00)");
            assertThatThrownBy(() -> audit.trail.record(AuditEvent.of(Actors.GUANGZHOU_CLERK, "", "payout", "1")))
                    .isInstanceOf(IllegalArgumentException.class);
            audit.trail.record(AuditEvent.of(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "1"));
            return null;
        });

        assertThat(audit.count("SELECT COUNT(*) FROM payout")).isEqualTo(1);
        assertThat(audit.entries()).isEqualTo(1);
    }

    @Test
    void appendingWithoutAChainHeadFailsLoudly() {
        audit.execute("DELETE FROM audit_chain_head");

        assertThatThrownBy(() -> audit.trail.record(AuditEvent.of(Actors.ADMINISTRATOR, "user.created", "user", "x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("audit_chain_head");
        assertThat(audit.entries()).isZero();
    }
}
