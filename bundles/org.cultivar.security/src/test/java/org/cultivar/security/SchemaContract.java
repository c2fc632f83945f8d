package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Statement;

import org.cultivar.store.api.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The constraints of V1__users.sql hold on both databases, for writers other than this bundle too. */
abstract class SchemaContract {

    private static final String USER_COLUMNS = "INSERT INTO security_user (username, display_name, password_hash, "
            + "region_scope, active, created_at, updated_at) VALUES ";

    private SecurityFixture fixture;

    /** The database the subclass runs this contract on. */
    abstract TestDatabase database();

    @BeforeEach
    void emptyDatabase() {
        fixture = new SecurityFixture(database());
    }

    @AfterEach
    void dropDatabase() {
        fixture.close();
    }

    @Test
    void userNamesAreUniqueRegardlessOfCase() {
        execute(USER_COLUMNS + "('gz.clerk1', 'Clerk', 'hash', '440100', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

        assertRefused(USER_COLUMNS + "('GZ.Clerk1', 'Clerk', 'hash', '440100', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        assertRefused(USER_COLUMNS + "('gz.clerk1', 'Clerk', 'hash', '440100', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        assertThat(fixture.rows("security_user")).isEqualTo(1);
    }

    @Test
    void refusesRowsTheServiceNeverWrites() {
        execute(USER_COLUMNS + "('gz.clerk1', 'Clerk', 'hash', '440100', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

        assertRefused(USER_COLUMNS + "('ab', 'Short', 'hash', '440100', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        assertRefused(USER_COLUMNS + "('gz.clerk2', 'Clerk', 'hash', '4401', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        assertRefused("INSERT INTO security_user_role (username, role_name) VALUES ('gz.clerk1', 'SUPERUSER')");
        assertRefused("INSERT INTO security_user_role (username, role_name) VALUES ('nobody', 'CLERK')");
        assertRefused("UPDATE security_user SET failed_attempts = -1");
        execute("INSERT INTO security_setup_token (id, token_hash, issued_at) VALUES (1, 'digest', CURRENT_TIMESTAMP)");
        assertRefused("INSERT INTO security_setup_token (id, token_hash, issued_at) VALUES (2, 'digest', CURRENT_TIMESTAMP)");
    }

    private void execute(String sql) {
        fixture.transactions.required(c -> {
            try (Statement statement = c.createStatement()) {
                return statement.executeUpdate(sql);
            }
        });
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> execute(sql)).as(sql).isInstanceOf(StoreException.class);
    }
}
