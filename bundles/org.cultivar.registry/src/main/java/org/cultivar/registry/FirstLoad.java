package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * A first load: a large import into an empty registry, written without the indexes whose keys
 * such a load inserts in scattered order (ADR 0010). An import into a big index tree rewrites
 * nearly every one of its pages per part; with those indexes set aside the load only appends,
 * and each index is then built once from the sorted rows. Marked by the one row of
 * registry_first_load while under way.
 */
final class FirstLoad {

    /** An index set aside, created exactly as the migration V1__registry.sql creates it. */
    record Index(String name, String definition) {

        String create() {
            return "CREATE INDEX IF NOT EXISTS " + name + " ON " + definition;
        }
    }

    /**
     * The indexes keyed by name, region, tier, status or date. Those whose keys grow with the
     * load's own ids stay (titles by enterprise, transitions by title, red flags by kind), and so
     * does the credit code's unique index: every chunk looks its codes up.
     */
    static final List<Index> SET_ASIDE = List.of(
            new Index("registry_enterprise_name", "registry_enterprise (name_zh, credit_code)"),
            new Index("registry_enterprise_region", "registry_enterprise (region_code, name_zh)"),
            new Index("registry_enterprise_top_tier", "registry_enterprise (top_tier, name_zh)"),
            new Index("registry_enterprise_top_status", "registry_enterprise (top_status, name_zh)"),
            new Index("registry_title_status", "registry_title (status, valid_until)"),
            new Index("registry_title_valid_until", "registry_title (valid_until)"));

    private FirstLoad() {
    }

    static boolean underWay(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM registry_first_load");
             ResultSet row = select.executeQuery()) {
            return row.next();
        }
    }

    /** Marks a first load as under way when the registry holds no enterprise and none is; true if it did. */
    static boolean mark(Connection c, String userId, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO registry_first_load (id, started_at, started_by) "
                + "SELECT 1, ?, ? WHERE NOT EXISTS (SELECT 1 FROM registry_enterprise) "
                + "AND NOT EXISTS (SELECT 1 FROM registry_first_load)")) {
            Jdbc.setInstant(insert, 1, now);
            insert.setString(2, userId);
            return insert.executeUpdate() == 1;
        }
    }

    static void unmark(Connection c) throws SQLException {
        try (Statement delete = c.createStatement()) {
            delete.executeUpdate("DELETE FROM registry_first_load");
        }
    }

    /** Drops the indexes; H2 commits DDL at once, so this runs in a transaction of its own. */
    static void setIndexesAside(Connection c) throws SQLException {
        try (Statement ddl = c.createStatement()) {
            for (Index index : SET_ASIDE) {
                ddl.execute("DROP INDEX IF EXISTS " + index.name());
            }
        }
    }

    /** The tables a first load fills, whose planner statistics it refreshes when it ends. */
    static final List<String> LOADED_TABLES = List.of("registry_enterprise", "registry_figures", "registry_title",
            "registry_title_transition", "registry_red_flag", "registry_name_posting", "registry_name_gram_common");

    /**
     * Tells PostgreSQL's planner what the load left. Its statistics still describe the empty
     * tables until autovacuum gets round to them; meanwhile it planned the name search's candidate
     * queries as if over a few rows (p95 237.5 ms right after a million-row load, against 47 ms
     * with statistics; docs/performance.md, 2026-11-28). H2 analyses a table on its own as rows
     * change (ANALYZE_AUTO), so it needs nothing here.
     */
    static void refreshStatistics(Connection c) throws SQLException {
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement analyze = c.createStatement()) {
            analyze.execute("ANALYZE " + String.join(", ", LOADED_TABLES));
        }
    }

    /** Builds the indexes that are missing, each from the whole table at once. */
    static void restoreIndexes(Connection c) throws SQLException {
        try (Statement ddl = c.createStatement()) {
            for (Index index : SET_ASIDE) {
                ddl.execute(index.create());
            }
        }
    }
}
