package org.cultivar.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import org.cultivar.store.pool.DatabaseSettings;

/**
 * What H2 itself needs to store the rows a registry import stored, without any importer: the
 * registry's tables as the import left them are written out with {@code CSVWRITE}, then loaded
 * into an empty copy of the schema with H2's own bulk path (one {@code INSERT … SELECT FROM
 * CSVREAD} per table, in its own transaction), with the indexes a first load sets aside (ADR 0010)
 * dropped during the load and built afterwards, as the import does. Then the same rows are copied
 * once more into bare tables ({@code CREATE TABLE … AS SELECT}): no index, no constraint, no
 * parsing, the least H2 can do with them. Any importer of this schema stands on these figures.
 */
final class StorageFloor {

    /** The tables a batch list fills, in an order their foreign keys accept. */
    private static final List<String> TABLES = List.of("registry_enterprise", "registry_figures", "registry_title",
            "registry_title_transition", "registry_red_flag", "registry_name_posting");
    /** FirstLoad.SET_ASIDE in org.cultivar.registry (package-private there): built after the load. */
    private static final List<String> SET_ASIDE = List.of("registry_enterprise_name", "registry_enterprise_region",
            "registry_enterprise_top_tier", "registry_enterprise_top_status", "registry_title_status",
            "registry_title_valid_until");

    private StorageFloor() {
    }

    /** {@code imported}: the H2 file (without {@code .mv.db}) an import filled, no longer open. */
    static void measure(Path imported, Path work, double csvread) throws Exception {
        Files.createDirectories(work);
        Path schema = work.resolve("schema.sql");
        long rows = 0;
        try (Connection source = open(imported); Statement statement = source.createStatement()) {
            statement.execute("SCRIPT NODATA TO '" + schema + "'");
            for (String table : TABLES) {
                statement.execute("CALL CSVWRITE('" + csv(work, table) + "', 'SELECT * FROM " + table
                        + "', 'charset=UTF-8')");
                rows += count(statement, table);
            }
        }
        List<String> createIndexes = Files.readAllLines(schema).stream()
                .filter(line -> line.startsWith("CREATE INDEX") && SET_ASIDE.stream().anyMatch(line::contains))
                .collect(Collectors.toList());
        if (createIndexes.size() != SET_ASIDE.size()) {
            throw new IllegalStateException("expected the " + SET_ASIDE.size() + " set-aside indexes in the schema, found "
                    + createIndexes);
        }
        try (Connection fresh = open(work.resolve("fresh/db")); Statement statement = fresh.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + schema + "'");
            for (String index : SET_ASIDE) {
                statement.execute("DROP INDEX " + index);
            }
            fresh.setAutoCommit(false);
            long started = System.nanoTime();
            StringBuilder perTable = new StringBuilder();
            for (String table : TABLES) {
                long tableStarted = System.nanoTime();
                statement.executeUpdate("INSERT INTO " + table + " SELECT * FROM CSVREAD('" + csv(work, table)
                        + "', NULL, 'charset=UTF-8')");
                fresh.commit();
                perTable.append(String.format("%s %,d rows %.1f s; ", table.replace("registry_", ""),
                        count(statement, table), seconds(tableStarted)));
            }
            double load = seconds(started);
            fresh.setAutoCommit(true);
            long indexing = System.nanoTime();
            for (String create : createIndexes) {
                statement.execute(create);
            }
            double indexes = seconds(indexing);
            System.out.printf("H2 storing the same %,d rows itself (CSVREAD per table into the registry schema): "
                            + "load %.1f s + set-aside indexes %.1f s = %.1f s, %.2f× CSVREAD of the batch list%n  %s%n",
                    rows, load, indexes, load + indexes, (load + indexes) / csvread, perTable);

            long copying = System.nanoTime();
            for (String table : TABLES) {
                statement.execute("CREATE TABLE bare_" + table + " AS SELECT * FROM " + table);
            }
            double bare = seconds(copying);
            System.out.printf("H2 copying the same rows into bare tables (no index, no constraint, no parsing): %.1f s, "
                    + "%.2f× CSVREAD%n", bare, bare / csvread);
        }
    }

    private static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection(DatabaseSettings.h2FileUrl(file), "sa", "");
    }

    private static Path csv(Path work, String table) {
        return work.resolve(table + ".csv");
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
