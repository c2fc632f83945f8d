package org.cultivar.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;

/**
 * SQL over {@code security_user} and {@code security_user_role}, always on the caller's
 * transaction connection. Checks nothing: the services decide who may do what.
 */
final class UserTable {

    private static final String COLUMNS = "username, display_name, password_hash, region_scope, active, "
            + "failed_attempts, locked_until, last_sign_in";

    Optional<StoredUser> find(Connection c, Username username) throws SQLException {
        return find(c, username, "");
    }

    /** Reads the row and locks it until the transaction ends, for read-modify-write. */
    Optional<StoredUser> findForUpdate(Connection c, Username username) throws SQLException {
        return find(c, username, " FOR UPDATE");
    }

    private Optional<StoredUser> find(Connection c, Username username, String lock) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM security_user WHERE username = ?" + lock)) {
            select.setString(1, username.value());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(read(row, rolesOf(c, username)));
            }
        }
    }

    boolean exists(Connection c, Username username) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM security_user WHERE username = ?")) {
            select.setString(1, username.value());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    List<StoredUser> list(Connection c) throws SQLException {
        Map<String, Set<Role>> roles = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT username, role_name FROM security_user_role");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                roles.computeIfAbsent(rows.getString(1), name -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(rows.getString(2)));
            }
        }
        List<StoredUser> users = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM security_user");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                users.add(read(rows, roles.getOrDefault(rows.getString(1), Set.of())));
            }
        }
        // sorted here: PostgreSQL's collation and H2's would order punctuation differently
        users.sort(Comparator.comparing(user -> user.username().value()));
        return users;
    }

    int countActiveAdministrators(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM security_user u "
                + "JOIN security_user_role r ON r.username = u.username "
                + "WHERE u.active = TRUE AND r.role_name = ?")) {
            select.setString(1, Role.ADMINISTRATOR.name());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /**
     * Locks every administrator's row, always in the same order (no deadlocks), so that changes
     * which could remove administrators run one after another and each sees the other's result.
     */
    void lockAdministrators(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT username FROM security_user WHERE username IN "
                + "(SELECT username FROM security_user_role WHERE role_name = ?) ORDER BY username FOR UPDATE")) {
            select.setString(1, Role.ADMINISTRATOR.name());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    // reading the rows takes the locks
                }
            }
        }
    }

    void insert(Connection c, StoredUser user, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO security_user (" + COLUMNS
                + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, user.username().value());
            insert.setString(2, user.displayName());
            insert.setString(3, user.passwordHash());
            insert.setString(4, user.scope().code());
            insert.setBoolean(5, user.active());
            insert.setInt(6, user.failedAttempts());
            setTimestamp(insert, 7, user.lockedUntil());
            setTimestamp(insert, 8, user.lastSignIn());
            setTimestamp(insert, 9, now);
            setTimestamp(insert, 10, now);
            insert.executeUpdate();
        }
        insertRoles(c, user.username(), user.roles());
    }

    void updateProfile(Connection c, Username username, String displayName, Set<Role> roles, RegionCode scope,
                       boolean active, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE security_user SET display_name = ?, "
                + "region_scope = ?, active = ?, updated_at = ? WHERE username = ?")) {
            update.setString(1, displayName);
            update.setString(2, scope.code());
            update.setBoolean(3, active);
            setTimestamp(update, 4, now);
            update.setString(5, username.value());
            update.executeUpdate();
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM security_user_role WHERE username = ?")) {
            delete.setString(1, username.value());
            delete.executeUpdate();
        }
        insertRoles(c, username, roles);
    }

    /** A new password also ends the run of failed attempts made against the old one. */
    void setPasswordHash(Connection c, Username username, String passwordHash, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE security_user SET password_hash = ?, "
                + "failed_attempts = 0, updated_at = ? WHERE username = ?")) {
            update.setString(1, passwordHash);
            setTimestamp(update, 2, now);
            update.setString(3, username.value());
            update.executeUpdate();
        }
    }

    /** Counts one more consecutive failure and returns the new count. */
    int recordFailure(Connection c, Username username) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE security_user SET failed_attempts = failed_attempts + 1 WHERE username = ?")) {
            update.setString(1, username.value());
            update.executeUpdate();
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT failed_attempts FROM security_user WHERE username = ?")) {
            select.setString(1, username.value());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Locks the account; the count starts afresh so that the next run of failures locks it again. */
    void lock(Connection c, Username username, Instant until) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE security_user SET locked_until = ?, failed_attempts = 0 WHERE username = ?")) {
            setTimestamp(update, 1, until);
            update.setString(2, username.value());
            update.executeUpdate();
        }
    }

    void recordSuccess(Connection c, Username username, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE security_user SET failed_attempts = 0, "
                + "locked_until = NULL, last_sign_in = ? WHERE username = ?")) {
            setTimestamp(update, 1, now);
            update.setString(2, username.value());
            update.executeUpdate();
        }
    }

    void unlock(Connection c, Username username, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE security_user SET failed_attempts = 0, "
                + "locked_until = NULL, updated_at = ? WHERE username = ?")) {
            setTimestamp(update, 1, now);
            update.setString(2, username.value());
            update.executeUpdate();
        }
    }

    private static void insertRoles(Connection c, Username username, Set<Role> roles) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO security_user_role (username, role_name) VALUES (?, ?)")) {
            for (Role role : roles) {
                insert.setString(1, username.value());
                insert.setString(2, role.name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Set<Role> rolesOf(Connection c, Username username) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try (PreparedStatement select = c.prepareStatement(
                "SELECT role_name FROM security_user_role WHERE username = ?")) {
            select.setString(1, username.value());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    roles.add(Role.valueOf(rows.getString(1)));
                }
            }
        }
        return roles;
    }

    private static StoredUser read(ResultSet row, Set<Role> roles) throws SQLException {
        return new StoredUser(new Username(row.getString("username")), row.getString("display_name"),
                row.getString("password_hash"), roles, RegionCode.of(row.getString("region_scope")),
                row.getBoolean("active"), row.getInt("failed_attempts"),
                instant(row.getObject("locked_until", OffsetDateTime.class)),
                instant(row.getObject("last_sign_in", OffsetDateTime.class)));
    }

    /** OffsetDateTime in UTC: the one mapping of TIMESTAMP WITH TIME ZONE that H2 and PostgreSQL share. */
    private static void setTimestamp(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        }
    }

    private static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
