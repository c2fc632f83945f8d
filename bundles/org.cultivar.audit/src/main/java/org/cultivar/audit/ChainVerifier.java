package org.cultivar.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.VerificationResult;

/**
 * Walks the audit chain in sequence order, recomputes every hash and reports the first broken
 * link: an altered entry, a missing one, entries out of order, or a chain head that does not
 * match the last entry. It needs nothing but a JDBC connection (no OSGi, no transactions
 * service), and reads in batches by sequence number, so memory stays flat for millions of
 * entries.
 */
public final class ChainVerifier {

    static final int DEFAULT_BATCH_SIZE = 1_000;

    private static final String BATCH = "SELECT " + EntryRows.COLUMNS + " FROM audit_entry "
            + "WHERE sequence_number > ? AND sequence_number <= ? ORDER BY sequence_number LIMIT ?";

    /** One statement, so one snapshot: committed entries never lie beyond the committed head. */
    private static final String FIRST_BEYOND_HEAD = "SELECT MIN(e.sequence_number) FROM audit_entry e, audit_chain_head h "
            + "WHERE h.id = 1 AND e.sequence_number > h.last_sequence";

    private final Connection connection;
    private final int batchSize;

    public ChainVerifier(Connection connection) {
        this(connection, DEFAULT_BATCH_SIZE);
    }

    ChainVerifier(Connection connection, int batchSize) {
        this.connection = connection;
        this.batchSize = batchSize;
    }

    /**
     * Checks the chain up to the head as it is when the walk begins; entries appended meanwhile
     * are left for the next run. {@code entriesChecked} counts the entries found sound before
     * the first broken one.
     */
    public VerificationResult verify() throws SQLException {
        Optional<ChainHead> head = ChainHead.read(connection);
        if (head.isEmpty()) {
            return new VerificationResult(false, 0, null,
                    "The chain head (table audit_chain_head, id 1) is missing");
        }
        Walk walk = new Walk();
        try (PreparedStatement batch = connection.prepareStatement(BATCH)) {
            int read;
            do {
                read = 0;
                batch.setLong(1, walk.lastSequence);
                batch.setLong(2, head.get().lastSequence());
                batch.setInt(3, batchSize);
                try (ResultSet rows = batch.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        VerificationResult broken = walk.step(EntryRows.read(rows), EntryRows.previousHash(rows));
                        if (broken != null) {
                            return broken;
                        }
                    }
                }
            } while (read == batchSize);
        }
        return walk.endAt(head.get());
    }

    /** The walk so far: the sound entries seen and the hash the next one must link to. */
    private final class Walk {
        private long lastSequence = Long.MIN_VALUE; // also finds rows with a sequence below 1
        private long checked;
        private String lastHash = EntryHash.GENESIS;

        /** Checks the next entry; a result when it is broken, null when it is sound. */
        VerificationResult step(AuditEntry entry, String previousHash) {
            long expected = checked + 1;
            if (entry.sequence() > expected) {
                return broken(expected, "Entry " + expected + " is missing: the chain goes on with entry "
                        + entry.sequence());
            }
            if (entry.sequence() < expected) {
                return broken(entry.sequence(), "Entry " + entry.sequence()
                        + " has a sequence number outside the chain, which starts at 1");
            }
            if (!previousHash.equals(lastHash)) {
                return broken(expected, "Entry " + expected + " does not link to the entry before it: "
                        + "one of them was altered, or entries were reordered");
            }
            if (!EntryHash.of(entry, previousHash).equals(entry.hash())) {
                return broken(expected, "Entry " + expected + " was altered: its contents do not match its hash");
            }
            checked++;
            lastSequence = entry.sequence();
            lastHash = entry.hash();
            return null;
        }

        /** After the last entry up to the head: whether the head and the chain agree. */
        VerificationResult endAt(ChainHead head) throws SQLException {
            if (checked < head.lastSequence()) {
                return broken(checked + 1, "Entry " + (checked + 1) + " is missing: the chain ends at entry "
                        + checked + " but its head records " + head.lastSequence() + " entries");
            }
            if (!head.lastHash().equals(lastHash)) {
                return broken(head.lastSequence(), "The chain head does not match entry " + head.lastSequence()
                        + ": the head or that entry was altered");
            }
            Long stray = firstEntryBeyondHead();
            if (stray != null) {
                return broken(stray, "Entry " + stray + " lies beyond the chain head: it was inserted without "
                        + "the audit trail, or the head was moved back");
            }
            return new VerificationResult(true, checked, null, null);
        }

        private VerificationResult broken(long sequence, String problem) {
            return new VerificationResult(false, checked, sequence, problem);
        }
    }

    private Long firstEntryBeyondHead() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIRST_BEYOND_HEAD);
             ResultSet row = select.executeQuery()) {
            row.next();
            long first = row.getLong(1);
            return row.wasNull() ? null : first;
        }
    }
}
