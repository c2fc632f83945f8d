package org.cultivar.store.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class MigrationRunnerOnPostgresTest extends MigrationRunnerContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }

    /** Only PostgreSQL has transactional DDL; on H2 the table created before the error stays. */
    @Test
    void aBrokenMigrationLeavesNoHalfOfItBehind() {
        Migration half = new Migration("V1__half.sql",
                "CREATE TABLE half (id INT);\nINSERT INTO no_such_table (id) VALUES (1);");

        assertThatThrownBy(() -> runner.migrate(REGISTRY, List.of(half))).isInstanceOf(MigrationFailedException.class);

        assertThat(TestDatabase.count(pool,
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'half'")).isZero();
    }
}
