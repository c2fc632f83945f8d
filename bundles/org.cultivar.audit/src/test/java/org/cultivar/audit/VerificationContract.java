package org.cultivar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.cultivar.store.testing.TestDatabase;
import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.VerificationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verification against tampering done directly in the database, behind the trail's back:
 * each kind must be found, at the right sequence number.
 */
abstract class VerificationContract {

    static final int ENTRIES = 5;

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
    void findsAnEmptyChainIntact() {
        assertThat(verify()).isEqualTo(new VerificationResult(true, 0, null, null));
    }

    @Test
    void findsAnUntouchedChainIntact() {
        recordEntries(ENTRIES);

        assertThat(verify()).isEqualTo(new VerificationResult(true, ENTRIES, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "actor_id, wang.admin",
            "actor_roles, ADMINISTRATOR",
            "actor_region, 100000",
            "action, payout.approved",
            "entity_type, budget",
            "entity_id, P-999",
            "region, 440300",
            "before_state, '{\"amount\":\"1.00\"}'",
            "after_state, ''",
            "previous_hash, 0000000000000000000000000000000000000000000000000000000000000000",
            "hash, 1111111111111111111111111111111111111111111111111111111111111111"})
    void findsAnAlteredField(String column, String value) {
        recordEntries(ENTRIES);

        assertThat(audit.execute("UPDATE audit_entry SET " + column + " = ? WHERE sequence_number = 3", value)).isEqualTo(1);

        assertBrokenAt(3, "Entry 3");
    }

    @Test
    void findsAFieldClearedToNull() {
        recordEntries(ENTRIES);

        audit.execute("UPDATE audit_entry SET entity_id = NULL WHERE sequence_number = 2");

        assertBrokenAt(2, "was altered");
    }

    @Test
    void findsAnAlteredTime() {
        recordEntries(ENTRIES);

        audit.execute("UPDATE audit_entry SET recorded_at = ? WHERE sequence_number = 4",
                OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));

        assertBrokenAt(4, "was altered");
    }

    @Test
    void findsAnAlteredEntryWhoseHashWasRecomputed() {
        List<AuditEntry> entries = recordEntries(ENTRIES);
        AuditEntry original = entries.get(2);
        AuditEntry forged = new AuditEntry(original.sequence(), original.recordedAt(), original.actorId(),
                original.actorRoles(), original.actorRegion(), original.action(), original.entityType(),
                original.entityId(), original.region(), original.before(), "{\"amount\":\"999999.00\"}", null);

        audit.execute("UPDATE audit_entry SET after_state = ?, hash = ? WHERE sequence_number = 3",
                forged.after(), EntryHash.of(forged, entries.get(1).hash()));

        // entry 3 is consistent in itself now, so the break shows where entry 4 links to it
        assertBrokenAt(4, "does not link");
    }

    @Test
    void findsADeletedEntry() {
        recordEntries(ENTRIES);

        audit.execute("DELETE FROM audit_entry WHERE sequence_number = 3");

        assertBrokenAt(3, "Entry 3 is missing");
        assertThat(verify().entriesChecked()).isEqualTo(2);
    }

    @Test
    void findsADeletedFirstEntry() {
        recordEntries(ENTRIES);

        audit.execute("DELETE FROM audit_entry WHERE sequence_number = 1");

        assertBrokenAt(1, "Entry 1 is missing");
    }

    @Test
    void findsDeletedLastEntries() {
        recordEntries(ENTRIES);

        audit.execute("DELETE FROM audit_entry WHERE sequence_number >= 4");

        assertBrokenAt(4, "Entry 4 is missing");
    }

    @Test
    void findsEveryEntryDeleted() {
        recordEntries(ENTRIES);

        audit.execute("DELETE FROM audit_entry");

        assertBrokenAt(1, "Entry 1 is missing");
    }

    @Test
    void findsTwoEntriesSwapped() {
        recordEntries(ENTRIES);

        audit.execute("UPDATE audit_entry SET sequence_number = -1 WHERE sequence_number = 2");
        audit.execute("UPDATE audit_entry SET sequence_number = 2 WHERE sequence_number = 4");
        audit.execute("UPDATE audit_entry SET sequence_number = 4 WHERE sequence_number = -1");

        assertBrokenAt(2, "does not link");
    }

    @Test
    void findsTheTimesOfTwoEntriesSwapped() {
        recordEntries(ENTRIES);
        List<AuditEntry> entries = audit.stored();

        audit.execute("UPDATE audit_entry SET recorded_at = ? WHERE sequence_number = 2",
                entries.get(4).recordedAt().atOffset(ZoneOffset.UTC));
        audit.execute("UPDATE audit_entry SET recorded_at = ? WHERE sequence_number = 5",
                entries.get(1).recordedAt().atOffset(ZoneOffset.UTC));

        assertBrokenAt(2, "was altered");
    }

    @Test
    void findsAnEntryWithASequenceNumberBeforeTheChain() {
        recordEntries(ENTRIES);

        audit.execute("UPDATE audit_entry SET sequence_number = 0 WHERE sequence_number = 1");

        assertBrokenAt(0, "outside the chain");
    }

    @Test
    void findsAnEntryInsertedBeyondTheHead() {
        List<AuditEntry> entries = recordEntries(ENTRIES);
        AuditEntry last = entries.get(ENTRIES - 1);

        audit.execute("INSERT INTO audit_entry (" + EntryRows.COLUMNS + ") "
                        + "SELECT 6, recorded_at, actor_id, actor_roles, actor_region, action, entity_type, entity_id, "
                        + "region, before_state, after_state, ?, hash FROM audit_entry WHERE sequence_number = 5",
                last.hash());

        assertBrokenAt(6, "beyond the chain head");
    }

    @Test
    void findsAnAlteredHead() {
        recordEntries(ENTRIES);

        audit.execute("UPDATE audit_chain_head SET last_hash = ?", "2".repeat(64));

        assertBrokenAt(5, "chain head does not match entry 5");
        assertThat(verify().entriesChecked()).isEqualTo(ENTRIES);
    }

    @Test
    void findsAMissingHead() {
        recordEntries(ENTRIES);

        audit.execute("DELETE FROM audit_chain_head");

        VerificationResult result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isNull();
        assertThat(result.problem()).contains("chain head");
    }

    @Test
    void walksLongChainsInBatches() throws SQLException {
        recordEntries(10);
        try (Connection connection = audit.pool.getConnection()) {
            assertThat(new ChainVerifier(connection, 3).verify()).isEqualTo(new VerificationResult(true, 10, null, null));
            // nine entries fill three batches exactly: the walk must still reach the head's end
            audit.execute("DELETE FROM audit_entry WHERE sequence_number = 10");
            assertThat(new ChainVerifier(connection, 3).verify().firstBrokenSequence()).isEqualTo(10);
            audit.execute("UPDATE audit_entry SET action = 'x' WHERE sequence_number = 7");
            VerificationResult result = new ChainVerifier(connection, 3).verify();
            assertThat(result.firstBrokenSequence()).isEqualTo(7);
            assertThat(result.entriesChecked()).isEqualTo(6);
        }
    }

    @Test
    void verifiesOnAPlainConnectionOutsideAnyTransaction() throws SQLException {
        recordEntries(ENTRIES);
        try (Connection connection = audit.pool.getConnection()) {
            assertThat(connection.getAutoCommit()).isTrue();

            assertThat(new ChainVerifier(connection).verify().intact()).isTrue();
        }
    }

    private List<AuditEntry> recordEntries(int count) {
        for (int i = 1; i <= count; i++) {
            audit.clock.advance(Duration.ofMinutes(1));
            audit.trail.record(new AuditEvent(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "P-" + i, "440106",
                    "{\"amount\":\"" + i + "00.00\"}", "{\"amount\":\"" + i + "50.00\"}"));
        }
        return audit.stored();
    }

    private VerificationResult verify() {
        return audit.trail.verify(Actors.NATIONAL_AUDITOR);
    }

    private void assertBrokenAt(long sequence, String problem) {
        VerificationResult result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(sequence);
        assertThat(result.problem()).contains(problem);
    }
}
