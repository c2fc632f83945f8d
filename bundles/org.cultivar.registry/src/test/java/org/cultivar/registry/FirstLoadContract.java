package org.cultivar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.registry.RegistryFixture.GZ_AUDITOR;
import static org.cultivar.registry.RegistryFixture.GZ_CLERK;
import static org.cultivar.registry.RegistryFixture.MIIT_OFFICIAL;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.registry.api.EnterpriseQuery;
import org.cultivar.registry.api.EnterpriseRow;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A first load (ADR 0010): indexes set aside while it writes, searches still right meanwhile, and
 * at its end exactly the indexes and name index an ordinary import would have left.
 */
abstract class FirstLoadContract {

    private static final List<String> TABLES = List.of("registry_enterprise", "registry_title", "registry_title_transition",
            "registry_red_flag", "registry_figures", "registry_name_posting", "registry_name_gram_common");

    private RegistryFixture fixture;

    abstract TestDatabase database();

    @BeforeEach
    void open() {
        fixture = new RegistryFixture(database());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFirstLoadEndsWithTheIndexesAndNameIndexAnOrdinaryImportLeaves() {
        Map<String, List<String>> indexes = indexes(fixture);
        assertThat(indexes).containsKeys("registry_enterprise_name", "registry_title_status");
        assertThatThrownBy(() -> fixture.batch.beginFirstLoad(GZ_AUDITOR)).isInstanceOf(AccessDeniedException.class);

        assertThat(fixture.batch.beginFirstLoad(MIIT_OFFICIAL)).isTrue();
        assertThat(indexes(fixture)).doesNotContainKeys("registry_enterprise_name", "registry_enterprise_region",
                "registry_enterprise_top_tier", "registry_enterprise_top_status", "registry_title_status",
                "registry_title_valid_until").containsKeys("registry_title_enterprise");
        assertThat(fixture.batch.beginFirstLoad(MIIT_OFFICIAL)).as("one first load at a time").isFalse();

        int count = (int) CommonGrams.LIMIT + 1; // every name holds 公司: one bigram goes over the limit
        List<ImportRow> rows = RegistryFixture.batchRows(0, count);
        write(fixture, rows.subList(0, 3_000));
        write(fixture, rows.subList(3_000, count));
        assertThat(fixture.tables()).containsEntry("registry_enterprise", (long) count)
                .containsEntry("registry_name_posting", 0L);
        assertThat(names("深圳智能科技有限公司4999")).as("found while the name index waits").containsExactly("深圳智能科技有限公司4999");
        assertThat(names("技有限公司1")).hasSize(500).isSorted();

        fixture.batch.finishFirstLoad(MIIT_OFFICIAL);
        assertThat(indexes(fixture)).isEqualTo(indexes);
        try (RegistryFixture ordinary = new RegistryFixture(database())) {
            ordinary.transactions.required(c -> ordinary.batch.write(MIIT_OFFICIAL, "ordinary", rows));
            assertThat(contents(fixture)).isEqualTo(contents(ordinary));
        }
        assertThat(names("深圳智能科技有限公司4999")).containsExactly("深圳智能科技有限公司4999");
        assertThat(fixture.batch.beginFirstLoad(MIIT_OFFICIAL)).as("the registry holds enterprises now").isFalse();
    }

    @Test
    void aFirstLoadTheProcessStoppedInIsEndedWhenTheRegistryStartsAgain() {
        assertThat(fixture.batch.beginFirstLoad(MIIT_OFFICIAL)).isTrue();
        write(fixture, RegistryFixture.batchRows(0, 300));

        RegistryBatchWriterService restarted = new RegistryBatchWriterService(fixture.transactions, fixture.evaluator,
                fixture.clock, fixture.settings);
        restarted.finishInterruptedFirstLoad();
        assertThat(indexes(fixture)).containsKeys("registry_enterprise_name", "registry_enterprise_region",
                "registry_enterprise_top_tier", "registry_enterprise_top_status", "registry_title_status",
                "registry_title_valid_until");
        assertThat(fixture.tables().get("registry_name_posting")).isPositive();
        assertThat(names("机器人科技有限公司1")).containsExactlyElementsOf(RegistryFixture.batchRows(0, 300).stream()
                .map(row -> row.enterprise().nameZh()).filter(name -> name.contains("机器人科技有限公司1")).sorted().toList());
        assertThat(fixture.batch.beginFirstLoad(MIIT_OFFICIAL)).isFalse();

        Map<String, List<String>> after = contents(fixture);
        restarted.finishInterruptedFirstLoad();
        fixture.batch.finishFirstLoad(MIIT_OFFICIAL);
        assertThat(contents(fixture)).as("nothing to end: nothing changes").isEqualTo(after);
    }

    private void write(RegistryFixture target, List<ImportRow> rows) {
        target.transactions.required(c -> target.batch.write(MIIT_OFFICIAL, "first-load", rows));
    }

    private List<String> names(String text) {
        return fixture.directory.search(GZ_CLERK, EnterpriseQuery.ALL.withText(text), 0, 500).stream()
                .map(EnterpriseRow::nameZh).toList();
    }

    /** The registry tables' indexes by name, each with its columns in order. */
    private static Map<String, List<String>> indexes(RegistryFixture target) {
        return target.transactions.required(c -> {
            Map<String, List<String>> indexes = new TreeMap<>();
            for (String table : TABLES) {
                try (ResultSet row = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (row.next()) {
                        String name = row.getString("INDEX_NAME");
                        if (name != null) {
                            indexes.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT), key -> new ArrayList<>())
                                    .add(row.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
            return indexes;
        });
    }

    /** Every enterprise's id and code, every posting and every common bigram, in order. */
    private static Map<String, List<String>> contents(RegistryFixture target) {
        return target.transactions.required(c -> Map.of(
                "enterprises", column(c, "SELECT id || ' ' || credit_code FROM registry_enterprise ORDER BY id"),
                "postings", column(c, "SELECT CAST(posting AS VARCHAR(30)) FROM registry_name_posting ORDER BY posting"),
                "common", column(c, "SELECT CAST(gram AS VARCHAR(30)) FROM registry_name_gram_common ORDER BY gram")));
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var select = c.createStatement(); ResultSet row = select.executeQuery(sql)) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }
}
