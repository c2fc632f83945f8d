package org.cultivar.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.VerificationResult;
import org.cultivar.store.api.StoreException;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several entries in one transaction (docs/adr/0003-audit-chain.md, amendment): the head is
 * locked at the first, kept by the transaction and written once before it commits; nothing of
 * it survives a rollback, and a requiresNew transaction keeps a head of its own.
 */
abstract class HeadPerTransactionContract {

    /** Enough for a per-entry head update to show in the count, small enough for a quick test. */
    static final int MANY = 2_000;

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

    @Test
    void manyAppendsInOneTransactionWriteTheHeadOnceAtTheLastEntry() {
        List<AuditEntry> recorded = audit.transactions.required(c -> {
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = 1; i <= MANY; i++) {
                entries.add(audit.trail.record(event("P-" + i)));
            }
            return entries;
        });

        AuditEntry last = recorded.get(MANY - 1);
        assertThat(audit.headWrites).as("head row updates in the transaction").hasValue(1);
        assertThat(audit.head()).isEqualTo(new ChainHead(MANY, last.hash()));
        assertThat(audit.stored()).extracting(AuditEntry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, MANY).boxed().toList());
        assertThat(audit.trail.verify(Actors.ADMINISTRATOR)).isEqualTo(new VerificationResult(true, MANY, null, null));

        // the next transaction links to where this one left the head, and writes it once too
        AuditEntry next = audit.transactions.required(c -> {
            audit.trail.record(event("Q-1"));
            return audit.trail.record(event("Q-2"));
        });
        assertThat(next.sequence()).isEqualTo(MANY + 2);
        assertThat(audit.headWrites).hasValue(2);
        assertThat(audit.head()).isEqualTo(new ChainHead(MANY + 2, next.hash()));
        assertThat(audit.trail.verify(Actors.ADMINISTRATOR).intact()).isTrue();
    }

    @Test
    void aRollbackAfterSeveralAppendsLeavesNoTrace() {
        ChainHead before = audit.head();

        assertThatThrownBy(() -> audit.transactions.required(c -> {
            update(c, "INSERT INTO payout VALUES (1, 1000.00)");
            for (int i = 1; i <= 5; i++) {
                audit.trail.record(event("P-" + i));
            }
            throw new IllegalStateException("budget exceeded");
        })).hasMessage("budget exceeded");

        assertThat(audit.count("SELECT COUNT(*) FROM payout")).isZero();
        assertThat(audit.entries()).isZero();
        assertThat(audit.head()).isEqualTo(before);
        assertThat(audit.headWrites).as("nothing was written before the commit that never came").hasValue(0);
        AuditEntry next = audit.trail.record(event("P-6"));
        assertThat(next.sequence()).isEqualTo(1);
        assertThat(next.hash()).isEqualTo(EntryHash.of(next, EntryHash.GENESIS));
        assertThat(audit.trail.verify(Actors.ADMINISTRATOR)).isEqualTo(new VerificationResult(true, 1, null, null));
    }

    @Test
    void aBeforeCommitActionFailingAfterTheHeadWasWrittenRollsEverythingBack() {
        audit.trail.record(event("P-0"));
        ChainHead before = audit.head();

        assertThatThrownBy(() -> audit.transactions.required(c -> {
            update(c, "INSERT INTO payout VALUES (1, 1000.00)");
            audit.trail.record(event("P-1")); // registers the head's write
            audit.trail.record(event("P-2"));
            audit.transactions.beforeCommit(late -> {
                throw new IllegalStateException("refused just before commit");
            });
            return null;
        })).hasMessage("refused just before commit");

        assertThat(audit.headWrites).as("the head was written, then rolled back").hasValue(2);
        assertions(before);
    }

    @Test
    void aBeforeCommitActionFailingBeforeTheHeadWasWrittenRollsEverythingBack() {
        audit.trail.record(event("P-0"));
        ChainHead before = audit.head();

        assertThatThrownBy(() -> audit.transactions.required(c -> {
            audit.transactions.beforeCommit(early -> update(early, "INSERT INTO no_such_table VALUES (1)"));
            update(c, "INSERT INTO payout VALUES (1, 1000.00)");
            audit.trail.record(event("P-1"));
            audit.trail.record(event("P-2"));
            return null;
        })).isInstanceOf(StoreException.class).hasCauseInstanceOf(SQLException.class);

        assertThat(audit.headWrites).as("only the first transaction's").hasValue(1);
        assertions(before);
    }

    private void assertions(ChainHead before) {
        assertThat(audit.count("SELECT COUNT(*) FROM payout")).isZero();
        assertThat(audit.entries()).isEqualTo(1);
        assertThat(audit.head()).isEqualTo(before);
        assertThat(audit.trail.record(event("P-3")).sequence()).isEqualTo(2);
        assertThat(audit.trail.verify(Actors.ADMINISTRATOR)).isEqualTo(new VerificationResult(true, 2, null, null));
    }

    @Test
    void requiresNewInsideRequiredKeepsAHeadOfItsOwn() {
        List<AuditEntry> recorded = audit.transactions.required(c -> {
            List<AuditEntry> entries = new ArrayList<>();
            audit.transactions.requiresNew(inner -> {
                entries.add(audit.trail.record(event("inner-1")));
                return entries.add(audit.trail.record(event("inner-2")));
            });
            assertThat(audit.head()).as("the inner transaction committed its head").isEqualTo(
                    new ChainHead(2, entries.get(1).hash()));
            entries.add(audit.trail.record(event("outer-1")));
            entries.add(audit.trail.record(event("outer-2")));
            return entries;
        });

        assertThat(recorded).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(recorded.get(2).hash()).isEqualTo(EntryHash.of(recorded.get(2), recorded.get(1).hash()));
        assertThat(audit.headWrites).hasValue(2);
        assertThat(audit.head()).isEqualTo(new ChainHead(4, recorded.get(3).hash()));
        assertThat(audit.trail.verify(Actors.ADMINISTRATOR)).isEqualTo(new VerificationResult(true, 4, null, null));
    }

    @Test
    void aRolledBackRequiresNewLeavesNothingToTheCallersTransaction() {
        AuditEntry outer = audit.transactions.required(c -> {
            try {
                audit.transactions.requiresNew(inner -> {
                    audit.trail.record(event("inner-1"));
                    audit.trail.record(event("inner-2"));
                    throw new IllegalStateException("inner fails alone");
                });
            } catch (IllegalStateException expected) {
                // tolerated on purpose: that is what requiresNew is for
            }
            return audit.trail.record(event("outer-1"));
        });

        assertThat(outer.sequence()).isEqualTo(1);
        assertThat(outer.hash()).isEqualTo(EntryHash.of(outer, EntryHash.GENESIS));
        assertThat(audit.stored()).containsExactly(outer);
        assertThat(audit.trail.verify(Actors.ADMINISTRATOR)).isEqualTo(new VerificationResult(true, 1, null, null));
    }

    @Test
    void anEntryRecordedByALaterBeforeCommitActionStillMovesTheHead() {
        AuditEntry[] late = new AuditEntry[1];

        audit.transactions.required(c -> {
            audit.trail.record(event("P-1")); // schedules the head's write first
            audit.transactions.beforeCommit(action -> late[0] = audit.trail.record(event("P-2")));
            return null;
        });

        assertThat(late[0].sequence()).isEqualTo(2);
        assertThat(audit.head()).isEqualTo(new ChainHead(2, late[0].hash()));
        assertThat(audit.trail.verify(Actors.ADMINISTRATOR)).isEqualTo(new VerificationResult(true, 2, null, null));
    }

    @Test
    void verificationInsideTheAppendingTransactionSeesItsEntriesUpToTheHead() {
        VerificationResult inside = audit.transactions.required(c -> {
            for (int i = 1; i <= 3; i++) {
                audit.trail.record(event("P-" + i));
            }
            VerificationResult result = audit.trail.verify(Actors.ADMINISTRATOR);
            audit.trail.record(event("P-4"));
            return result;
        });

        assertThat(inside).isEqualTo(new VerificationResult(true, 3, null, null));
        assertThat(audit.head().lastSequence()).isEqualTo(4);
        assertThat(audit.trail.verify(Actors.ADMINISTRATOR)).isEqualTo(new VerificationResult(true, 4, null, null));
    }

    @Test
    void entriesRolledBackToASavepointFailTheCommitRatherThanBreakTheChain() {
        assertThatThrownBy(() -> audit.transactions.required(c -> {
            audit.trail.record(event("P-1"));
            Savepoint savepoint = c.setSavepoint();
            audit.trail.record(event("P-2"));
            c.rollback(savepoint);
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("savepoint");

        assertThat(audit.entries()).isZero();
        assertThat(audit.head().lastSequence()).isZero();
        assertThat(audit.trail.record(event("P-3")).sequence()).isEqualTo(1);
        assertThat(audit.trail.verify(Actors.ADMINISTRATOR).intact()).isTrue();
    }

    private static AuditEvent event(String payout) {
        return AuditEvent.of(Actors.GUANGZHOU_CLERK, "payout.paid", "payout", payout);
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }
}
