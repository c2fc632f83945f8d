package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** registry_name_gram: the bigram index of Chinese names (see {@link NameGrams}). */
final class NameGramTable {

    private NameGramTable() {
    }

    /** Indexes the names of enterprises (id to Chinese name) in one batch. */
    static void insertAll(Connection c, Map<Long, String> namesById) throws SQLException {
        if (namesById.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO registry_name_gram (gram, enterprise_id) VALUES (?, ?)")) {
            for (Map.Entry<Long, String> entry : namesById.entrySet()) {
                for (long gram : NameGrams.of(entry.getValue())) {
                    insert.setLong(1, gram);
                    insert.setLong(2, entry.getKey());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Re-indexes renamed enterprises. */
    static void replaceAll(Connection c, Map<Long, String> namesById) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM registry_name_gram WHERE enterprise_id = ?")) {
            for (long id : namesById.keySet()) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        insertAll(c, namesById);
    }

    /** How many names hold the gram, counted no further than {@code limit + 1}. */
    static long frequency(Connection c, long gram, long limit) throws SQLException {
        try (PreparedStatement count = c.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT 1 FROM registry_name_gram WHERE gram = ? LIMIT ?) g")) {
            count.setLong(1, gram);
            count.setLong(2, limit + 1);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
