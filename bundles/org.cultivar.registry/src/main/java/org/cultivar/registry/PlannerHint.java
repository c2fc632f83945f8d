package org.cultivar.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tells PostgreSQL's planner, for the rest of a text search's page queries, to walk indexes
 * rather than scan the table. It estimates a {@code LIKE '%…%'} condition to hold for a few dozen
 * rows whatever the text, so for a fragment nearly every name holds (有限) it scanned all of a
 * million rows and sorted the matches (1.0–1.6 s a page) instead of walking the name index in
 * grid order, which finds a page of common matches at once; the plans with a candidate list or a
 * name range use indexes anyway (docs/performance.md, 2026-11-27 fourth pass). Closing restores
 * the settings, also when the search runs inside a caller's transaction. H2 needs no hint.
 */
final class PlannerHint implements AutoCloseable {

    private final Connection connection;

    private PlannerHint(Connection connection) {
        this.connection = connection;
    }

    static PlannerHint walkIndexesOnPostgres(Connection c) throws SQLException {
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return new PlannerHint(null);
        }
        try (Statement set = c.createStatement()) {
            set.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off"); // one round trip
        }
        return new PlannerHint(c);
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            try (Statement reset = connection.createStatement()) {
                reset.execute("RESET enable_seqscan; RESET enable_bitmapscan");
            }
        }
    }
}
