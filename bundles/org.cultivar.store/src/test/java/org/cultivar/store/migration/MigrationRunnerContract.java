package org.cultivar.store.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

/** Per-owner migrations, run against each database by a subclass. */
abstract class MigrationRunnerContract {

    static final String REGISTRY = HistoryTables.forOwner("org.cultivar.registry");
    static final String SUBSIDY = HistoryTables.forOwner("org.cultivar.subsidy");

    static final Migration CREATE_TITLE = new Migration("V1__create_title.sql",
            "CREATE TABLE title (id INT PRIMARY KEY, tier VARCHAR(20) NOT NULL);");
    static final Migration SEED_TITLES = new Migration("V2__seed_titles.sql",
            "INSERT INTO title (id, tier) VALUES (1, 'innovative');\nINSERT INTO title (id, tier) VALUES (2, 'specialized');");

    HikariDataSource pool;
    MigrationRunner runner;

    abstract TestDatabase database();

    @BeforeEach
    void openPool() {
        pool = database().freshPool();
        runner = new MigrationRunner(pool, MigrationRunner.class.getClassLoader());
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void appliesAnOwnersMigrationsInItsOwnHistoryTable() throws Exception {
        String version = runner.migrate(REGISTRY, List.of(SEED_TITLES, CREATE_TITLE));

        assertThat(version).isEqualTo("2");
        assertThat(TestDatabase.count(pool, "SELECT COUNT(*) FROM title")).isEqualTo(2);
        assertThat(history(REGISTRY)).containsExactly(
                "1 V1__create_title.sql true", "2 V2__seed_titles.sql true");
    }

    @Test
    void runningAgainChangesNothing() throws Exception {
        runner.migrate(REGISTRY, List.of(CREATE_TITLE, SEED_TITLES));
        List<String> before = history(REGISTRY);

        String version = runner.migrate(REGISTRY, List.of(CREATE_TITLE, SEED_TITLES));

        assertThat(version).isEqualTo("2");
        assertThat(history(REGISTRY)).isEqualTo(before);
        assertThat(TestDatabase.count(pool, "SELECT COUNT(*) FROM title")).isEqualTo(2);
    }

    @Test
    void appliesOnlyWhatIsPending() throws Exception {
        runner.migrate(REGISTRY, List.of(CREATE_TITLE));

        String version = runner.migrate(REGISTRY, List.of(CREATE_TITLE, SEED_TITLES));

        assertThat(version).isEqualTo("2");
        assertThat(history(REGISTRY)).containsExactly(
                "1 V1__create_title.sql true", "2 V2__seed_titles.sql true");
    }

    @Test
    void twoOwnersKeepIndependentHistories() throws Exception {
        runner.migrate(REGISTRY, List.of(CREATE_TITLE, SEED_TITLES));
        List<String> registryHistory = history(REGISTRY);

        String subsidyVersion = runner.migrate(SUBSIDY, List.of(new Migration("V1__create_award.sql",
                "CREATE TABLE award (id INT PRIMARY KEY, amount NUMERIC(19,2) NOT NULL);")));

        assertThat(subsidyVersion).isEqualTo("1");
        // the second owner finds a schema that is not empty, so its history starts at a baseline 0
        assertThat(history(SUBSIDY)).containsExactly("0 << Flyway Baseline >> true", "1 V1__create_award.sql true");
        assertThat(history(REGISTRY)).isEqualTo(registryHistory);
        assertThat(runner.migrate(REGISTRY, List.of(CREATE_TITLE, SEED_TITLES))).isEqualTo("2");
    }

    @Test
    void aBrokenMigrationLeavesTheHistoryAsItWasAndNamesItsFile() throws Exception {
        runner.migrate(REGISTRY, List.of(CREATE_TITLE));
        List<String> before = history(REGISTRY);
        Migration broken = new Migration("V2__broken.sql", "INSERT INTO no_such_table (id) VALUES (1);");

        assertThatThrownBy(() -> runner.migrate(REGISTRY, List.of(CREATE_TITLE, broken)))
                .isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                    assertThat(e.migration()).isEqualTo("V2__broken.sql");
                    assertThat(e.getMessage()).containsIgnoringCase("no_such_table").doesNotContain("\n");
                });

        assertThat(history(REGISTRY)).isEqualTo(before);
    }

    @Test
    void aFixedMigrationIsAppliedOnTheNextRun() throws Exception {
        runner.migrate(REGISTRY, List.of(CREATE_TITLE));
        Migration broken = new Migration("V2__seed_titles.sql", "INSERT INTO titel (id, tier) VALUES (1, 'x');");
        assertThatThrownBy(() -> runner.migrate(REGISTRY, List.of(CREATE_TITLE, broken)))
                .isInstanceOf(MigrationFailedException.class);

        assertThat(runner.migrate(REGISTRY, List.of(CREATE_TITLE, SEED_TITLES))).isEqualTo("2");
    }

    @Test
    void aBrokenFirstMigrationLeavesNoAppliedVersion() {
        Migration broken = new Migration("V1__broken.sql", "CREATE TABLE (;");

        assertThatThrownBy(() -> runner.migrate(REGISTRY, List.of(broken)))
                .isInstanceOfSatisfying(MigrationFailedException.class,
                        e -> assertThat(e.migration()).isEqualTo("V1__broken.sql"));

        assertThat(history(REGISTRY)).isEmpty();
    }

    @Test
    void editingAnAppliedMigrationIsReportedNotApplied() throws Exception {
        runner.migrate(REGISTRY, List.of(CREATE_TITLE));
        Migration edited = new Migration(CREATE_TITLE.name(), CREATE_TITLE.sql() + "\nCREATE TABLE extra (id INT);");

        assertThatThrownBy(() -> runner.migrate(REGISTRY, List.of(edited)))
                .isInstanceOfSatisfying(MigrationFailedException.class,
                        e -> assertThat(e.getMessage()).containsIgnoringCase("checksum mismatch"));
        assertThat(TestDatabase.count(pool,
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'extra'")).isZero();
    }

    @Test
    void anOwnerWithoutMigrationsStandsAtVersionZero() throws Exception {
        assertThat(runner.migrate(REGISTRY, List.of())).isEqualTo("0");
    }

    @Test
    void aVeryLongSymbolicNameStillGetsAWorkingHistoryTable() throws Exception {
        String table = HistoryTables.forOwner("org.cultivar.schedule.guangzhou.technology.innovation.catalogue");

        runner.migrate(table, List.of(CREATE_TITLE));

        assertThat(runner.migrate(table, List.of(CREATE_TITLE, SEED_TITLES))).isEqualTo("2");
        assertThat(history(table)).hasSize(2);
    }

    @Test
    void aMisnamedMigrationIsRefusedRatherThanSkipped() {
        Migration misnamed = new Migration("V1_create_title.sql", CREATE_TITLE.sql());

        assertThatThrownBy(() -> runner.migrate(REGISTRY, List.of(misnamed)))
                .isInstanceOf(MigrationFailedException.class);
    }

    /** "version script success" per applied migration, oldest first; empty when there is no table. */
    List<String> history(String table) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            if (!exists(connection, table)) {
                return rows;
            }
            // H2's history starts with a marker row Flyway locks on (type TABLE): not a migration
            try (ResultSet result = statement.executeQuery("SELECT \"version\", \"script\", \"success\" FROM \""
                    + table + "\" WHERE \"type\" <> 'TABLE' ORDER BY \"installed_rank\"")) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getBoolean(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }
}
