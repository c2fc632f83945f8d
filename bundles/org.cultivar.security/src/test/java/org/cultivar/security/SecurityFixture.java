package org.cultivar.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.store.tx.ThreadBoundTransactions;

/**
 * One test's world: a fresh migrated database, the store's real transactions, the recording
 * audit trail, a clock the test moves, and the two services built as their components build them.
 */
final class SecurityFixture implements AutoCloseable {

    /** 2026-03-01 02:00 UTC = 10:00 in Shanghai. */
    static final Instant START = Instant.parse("2026-03-01T02:00:00Z");
    static final String SETUP_TOKEN = "scripted-install-token-1";
    static final String ADMIN = "root.admin";

    /** Stateless, and the slowest thing to build: shared by all tests. */
    private static final PasswordHasher HASHER = new PasswordHasher();

    final TestDatabase.Instance database;
    final ThreadBoundTransactions transactions;
    final RecordingAuditTrail audit;
    final MutableClock clock = new MutableClock(START);
    final UserDirectoryService directory;
    private AuthenticationService authentication;

    SecurityFixture(TestDatabase kind) {
        database = kind.create();
        transactions = new ThreadBoundTransactions(database.dataSource());
        audit = new RecordingAuditTrail(transactions);
        directory = new UserDirectoryService(transactions, audit, HASHER, clock);
    }

    /** Starts the authentication component as the framework would, with these framework properties. */
    AuthenticationService start(StartOptions options) {
        authentication = new AuthenticationService(transactions, audit, HASHER, clock, options);
        return authentication;
    }

    AuthenticationService authentication() {
        if (authentication == null) {
            start(new StartOptions(false, SETUP_TOKEN));
        }
        return authentication;
    }

    /** A password that passes the rules; a new array every time, as a form would send it. */
    static char[] password() {
        return "correct horse battery".toCharArray();
    }

    /** The first administrator, made through setup with a scripted token; the audit starts empty after. */
    Actor administrator() {
        Actor admin = authentication().completeSetup(SETUP_TOKEN, ADMIN, "Root Administrator", password());
        audit.clear();
        return admin;
    }

    /** A user created by the administrator and signed in; the audit starts empty after. */
    Actor signedIn(Actor admin, String username, Role role, String scope) {
        directory.create(admin, username, "Test " + role, Set.of(role), RegionCode.of(scope), password());
        Actor actor = authentication().signIn(username, password(), "192.0.2.1");
        audit.clear();
        return actor;
    }

    /** Everything stored about users, to show that a refused call changed nothing. */
    String userTables() {
        return transactions.required(c -> {
            StringBuilder dump = new StringBuilder();
            try (PreparedStatement select = c.prepareStatement("SELECT u.username, display_name, password_hash, "
                    + "region_scope, active, failed_attempts, locked_until, last_sign_in, updated_at, r.role_name "
                    + "FROM security_user u LEFT JOIN security_user_role r ON r.username = u.username "
                    + "ORDER BY u.username, r.role_name");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    for (int column = 1; column <= 10; column++) {
                        dump.append(rows.getString(column)).append('|');
                    }
                    dump.append('\n');
                }
            }
            return dump.toString();
        });
    }

    /** Locks an account as five failed sign-ins would, without spending five password checks. */
    void lock(String username) {
        transactions.required(c -> {
            new UserTable().lock(c, Username.parse(username), clock.instant().plusSeconds(900));
            return null;
        });
    }

    int rows(String table) {
        return transactions.required(c -> count(c, "SELECT COUNT(*) FROM " + table));
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
