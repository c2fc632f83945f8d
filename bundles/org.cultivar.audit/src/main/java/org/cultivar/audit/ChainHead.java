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

    /** Moves the head to the entry just inserted, in the same transaction. */
    void advanceTo(Connection connection, long sequence, String hash) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
            update.setLong(1, sequence);
            update.setString(2, hash);
            update.executeUpdate();
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
