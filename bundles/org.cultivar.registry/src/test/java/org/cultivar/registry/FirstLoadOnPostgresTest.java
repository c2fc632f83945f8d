package org.cultivar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.registry.RegistryFixture.MIIT_OFFICIAL;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class FirstLoadOnPostgresTest extends FirstLoadContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }

    @Test
    void theEndOfAFirstLoadGivesThePlannerStatisticsOfWhatWasLoaded() {
        try (RegistryFixture fixture = new RegistryFixture(database())) {
            assertThat(fixture.batch.beginFirstLoad(MIIT_OFFICIAL)).isTrue();
            fixture.transactions.required(c -> fixture.batch.write(MIIT_OFFICIAL, "first-load",
                    RegistryFixture.batchRows(0, 2_000)));

            fixture.batch.finishFirstLoad(MIIT_OFFICIAL);
            // every table the load filled (2,000 names make no bigram common: that table stays empty)
            FirstLoad.LOADED_TABLES.stream().filter(table -> fixture.tables().getOrDefault(table, 0L) > 0)
                    .forEach(table -> assertThat(analysed(fixture, table)).as(table).isTrue());
            assertThat(fixture.tables().get("registry_name_posting")).isPositive();
        }
    }

    private static boolean analysed(RegistryFixture fixture, String table) {
        return fixture.transactions.required(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT COUNT(*) FROM pg_stats WHERE tablename = ?")) { // column statistics: only ANALYZE writes them
                select.setString(1, table);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1) > 0;
                }
            }
        });
    }
}
