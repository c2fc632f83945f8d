package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * registry_name_posting: the bigram index of Chinese names (see {@link NameGrams}), one BIGINT per
 * bigram and enterprise ({@link #posting}), without the bigrams too common to narrow a search
 * ({@link CommonGrams}).
 */
final class NameGramTable {

    /** A posting is gram * 2^31 + enterprise id: the ids of one gram are one range of the key. */
    static final long ID_SPAN = 1L << 31;

    private NameGramTable() {
    }

    static long posting(long gram, long enterpriseId) {
        if (enterpriseId < 0 || enterpriseId >= ID_SPAN) {
            throw new IllegalStateException("Enterprise id " + enterpriseId + " is beyond the name index's 2^31 ids");
        }
        return gram * ID_SPAN + enterpriseId;
    }

    /** Indexes one newly named enterprise. */
    static void insert(Connection c, long id, String name) throws SQLException {
        insertAll(c, Map.of(id, name), CommonGrams.among(c, NameGrams.of(name)));
    }

    /**
     * Indexes the names of enterprises (id to Chinese name) in one batch, skipping common bigrams
     * and listing those this write takes over the limit.
     */
    static void insertAll(Connection c, Map<Long, String> namesById, CommonGrams common) throws SQLException {
        List<Long> nowCommon = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO registry_name_posting (posting) VALUES (?)")) {
            boolean any = false;
            for (Map.Entry<Long, String> entry : namesById.entrySet()) {
                for (long gram : NameGrams.of(entry.getValue())) {
                    if (common.contains(gram)) {
                        continue;
                    }
                    insert.setLong(1, posting(gram, entry.getKey()));
                    insert.addBatch();
                    any = true;
                    if (common.added(gram)) {
                        nowCommon.add(gram);
                    }
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
        CommonGrams.list(c, nowCommon);
    }

    /** Re-indexes one renamed enterprise. */
    static void rename(Connection c, long id, String oldName, String newName) throws SQLException {
        removeAll(c, Map.of(id, oldName));
        insert(c, id, newName);
    }

    /** Removes the postings of the old names (id to Chinese name); a common bigram has none to remove. */
    static void removeAll(Connection c, Map<Long, String> oldNamesById) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM registry_name_posting WHERE posting = ?")) {
            boolean any = false;
            for (Map.Entry<Long, String> entry : oldNamesById.entrySet()) {
                for (long gram : NameGrams.of(entry.getValue())) {
                    delete.setLong(1, posting(gram, entry.getKey()));
                    delete.addBatch();
                    any = true;
                }
            }
            if (any) {
                delete.executeBatch();
            }
        }
    }

    /** Deletes every posting of the grams. */
    static void removeGrams(Connection c, List<Long> grams) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM registry_name_posting WHERE posting BETWEEN ? AND ?")) {
            for (long gram : grams) {
                delete.setLong(1, posting(gram, 0));
                delete.setLong(2, posting(gram, ID_SPAN - 1));
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** The condition "e.id holds the gram" over registry_enterprise e, and its three parameters. */
    static String holdingCondition() {
        return "e.id IN (SELECT p.posting - ? FROM registry_name_posting p WHERE p.posting BETWEEN ? AND ?)";
    }

    static List<Object> holdingParameters(long gram) {
        return List.of(posting(gram, 0), posting(gram, 0), posting(gram, ID_SPAN - 1));
    }

    /** How many names hold the gram, counted no further than {@code limit + 1}; a common gram counts as more. */
    static long frequency(Connection c, long gram, long limit) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT CASE WHEN EXISTS (SELECT 1 FROM registry_name_gram_common "
                + "WHERE gram = ?) THEN ? ELSE (SELECT COUNT(*) FROM (SELECT 1 FROM registry_name_posting "
                + "WHERE posting BETWEEN ? AND ? LIMIT ?) p) END")) {
            count.setLong(1, gram);
            count.setLong(2, limit + 1);
            count.setLong(3, posting(gram, 0));
            count.setLong(4, posting(gram, ID_SPAN - 1));
            count.setLong(5, limit + 1);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
