package org.cultivar.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** The single row of {@code security_setup_token}: the digest of the open setup token, if any. */
final class SetupTokenTable {

    void replace(Connection c, String tokenDigest, Instant now) throws SQLException {
        delete(c);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO security_setup_token (id, token_hash, issued_at) VALUES (1, ?, ?)")) {
            insert.setString(1, tokenDigest);
            insert.setObject(2, now.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** Locks the row, so that of two setups racing with the same token only one gets it. */
    Optional<String> digestForUpdate(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT token_hash FROM security_setup_token WHERE id = 1 FOR UPDATE");
             ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        }
    }

    /** Returns whether there was a token to void. */
    boolean delete(Connection c) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM security_setup_token")) {
            return delete.executeUpdate() > 0;
        }
    }
}
