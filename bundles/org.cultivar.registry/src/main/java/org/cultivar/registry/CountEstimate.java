package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How many enterprises match, beyond what is worth counting exactly: the share of matches in a
 * few evenly spread windows of row ids, times the number of rows. Enterprises are never deleted,
 * so the id span is the row count (give or take rolled-back ids).
 */
final class CountEstimate {

    static final int WINDOWS = 4;
    static final int WINDOW_SIZE = 2_500;

    private CountEstimate() {
    }

    static long estimate(Connection c, EnterpriseSearch.Where where, long atLeast) throws SQLException {
        long first;
        long span;
        try (PreparedStatement bounds = c.prepareStatement("SELECT MIN(id), MAX(id) FROM registry_enterprise");
             ResultSet row = bounds.executeQuery()) {
            row.next();
            first = row.getLong(1);
            span = row.getLong(2) - first + 1;
        }
        long step = Math.max(WINDOW_SIZE, span / WINDOWS);
        long sampled = 0;
        long matched = 0;
        String condition = where.sql().isEmpty() ? "TRUE" : where.sql().substring("WHERE ".length());
        try (PreparedStatement window = c.prepareStatement("SELECT COUNT(*), COUNT(CASE WHEN " + condition
                + " THEN 1 END) FROM registry_enterprise e WHERE e.id BETWEEN ? AND ?")) {
            for (long start = first; start < first + span; start += step) {
                int index = 1;
                for (Object parameter : where.parameters()) {
                    window.setObject(index++, parameter);
                }
                window.setLong(index++, start);
                window.setLong(index, start + WINDOW_SIZE - 1);
                try (ResultSet row = window.executeQuery()) {
                    row.next();
                    sampled += row.getLong(1);
                    matched += row.getLong(2);
                }
            }
        }
        long estimate = sampled == 0 ? 0 : Math.round((double) matched / sampled * span);
        return Math.max(atLeast, estimate);
    }
}
