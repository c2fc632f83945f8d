package org.cultivar.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The single row of {@code audit_chain_head}: the sequence and hash of the newest entry. */
record ChainHead(long lastSequence, String lastHash) {

    /**
     * Reads the head and locks it until the transaction ends: the one point where appenders
     * queue, so two transactions can never link to the same predecessor.
     */
    static ChainHead lock(Connection connection) throws SQLException {
        return select(connection, "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .orElseThrow(ChainHead::missing);
    }

    /** Reads the head without locking it; empty when the row has been deleted. */
    static Optional<ChainHead> read(Connection connection) throws SQLException {
        return select(connection, "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1");
    }

    /**
     * Moves the head row from {@code from}, as this transaction locked and read it, to this head,
     * once per transaction (see {@link RunningHead}). The same statement checks that the row
     * still holds {@code from} (no one else moved it, so the lock was held throughout) and that
     * all the entries in between are there (none rolled back to a savepoint after being linked);
     * otherwise it fails, and the transaction rolls back rather than commit a broken chain.
     */
    void replace(Connection connection, ChainHead from) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? "
                        + "WHERE id = 1 AND last_sequence = ? AND last_hash = ? "
                        + "AND (SELECT COUNT(*) FROM audit_entry WHERE sequence_number > ? AND sequence_number <= ?) = ?")) {
            update.setLong(1, lastSequence);
            update.setString(2, lastHash);
            update.setLong(3, from.lastSequence());
            update.setString(4, from.lastHash());
            update.setLong(5, from.lastSequence());
            update.setLong(6, lastSequence);
            update.setLong(7, lastSequence - from.lastSequence());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("The audit chain head cannot be moved from entry " + from.lastSequence()
                        + " to entry " + lastSequence + ": since this transaction locked the head, the head row "
                        + "changed or went missing, or entries it appended were rolled back to a savepoint; "
                        + "the transaction is rolled back so that the chain stays whole");
            }
        }
    }

    private static Optional<ChainHead> select(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql);
             ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(new ChainHead(row.getLong(1), row.getString(2))) : Optional.empty();
        }
    }

    private static IllegalStateException missing() {
        return new IllegalStateException("The audit chain head (table audit_chain_head, id 1) is missing, so no "
                + "entry can be appended; the trail has been tampered with: run the audit verification");
    }
}
