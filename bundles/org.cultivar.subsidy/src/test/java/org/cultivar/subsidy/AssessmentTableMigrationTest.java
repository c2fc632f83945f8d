package org.cultivar.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;

import org.cultivar.store.migration.HistoryTables;
import org.cultivar.store.migration.Migration;
import org.cultivar.store.migration.MigrationRunner;
import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;
import org.cultivar.subsidy.testing.SubsidySchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Migration V7 moves every stored assessment out of subsidy_application: a site upgrading keeps
 * the explanation of every application it recorded before, byte for byte.
 */
class AssessmentTableMigrationTest {

    static Stream<TestDatabase> databases() {
        return Stream.of(new H2TestDatabase(), new PostgresTestDatabase());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theAssessmentsOfApplicationsRecordedBeforeTheUpgradeAreKept(TestDatabase database) throws Exception {
        try (HikariDataSource pool = database.freshPool()) {
            List<Migration> all = SubsidySchema.migrations();
            List<Migration> beforeV7 = all.stream().filter(m -> version(m) < 7).toList();
            assertThat(all).anyMatch(m -> version(m) == 7);
            migrate(pool, beforeV7);
            String first = "{\"facts\":{\"tier\":\"LITTLE_GIANT\"},\"steps\":[\"" + "小巨人".repeat(400) + "\"]}";
            String second = "{\"facts\":{\"tier\":\"SPECIALIZED\"}}";
            TestDatabase.execute(pool,
                    insertApplication(1, first),
                    insertApplication(2, second));

            migrate(pool, all);

            try (Connection c = pool.getConnection()) {
                assertThat(Jdbc.list(c, "SELECT application_id, assessment FROM subsidy_assessment ORDER BY application_id",
                        row -> row.getLong(1) + ":" + row.getString(2))).containsExactly("1:" + first, "2:" + second);
                try (ResultSet columns = c.getMetaData().getColumns(null, null, "subsidy_application", "assessment")) {
                    assertThat(columns.next()).as("the column is dropped").isFalse();
                }
            }
        }
    }

    private static int version(Migration migration) {
        return Integer.parseInt(migration.name().substring(1, migration.name().indexOf("__")));
    }

    private static void migrate(HikariDataSource pool, List<Migration> migrations) throws Exception {
        new MigrationRunner(pool, MigrationRunner.class.getClassLoader())
                .migrate(HistoryTables.forOwner(SubsidySchema.OWNER), migrations);
    }

    private static String insertApplication(long id, String assessment) {
        return "INSERT INTO subsidy_application (id, version, schedule_id, region_code, credit_code, application_date, purposes,"
                + " status, eligible, amount, assessment, configuration_hash, documents, round, current_step, recorded_by, recorded_at)"
                + " VALUES (" + id + ", 1, 'gz.cultivation', '440100', '91440101MA5CXXXX0" + id + "', DATE '2026-03-01', 'cultivation',"
                + " 'AWAITING_DECISION', TRUE, 500000.00, '" + assessment + "', 'digest', '', 0, 0, 'gz.clerk1',"
                + " TIMESTAMP WITH TIME ZONE '2026-03-01 09:00:00+08:00')";
    }
}
