package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bigrams too common to index (registry_name_gram_common), as one write sees them: those
 * listed when it began, and those its own rows pushed over the limit. Postings other writers add
 * meanwhile are not counted here; the daily sweep promotes what they push over ({@link #promote}).
 * No shared counter is kept on purpose: a counter row per bigram would make a long import hold
 * locks that every clerk registering an enterprise meanwhile would wait for.
 */
final class CommonGrams {

    /** A bigram held by more names than this narrows no search, so it is not indexed. */
    static final long LIMIT = EnterpriseSearch.CANDIDATES;

    private final Set<Long> grams;
    private final Map<Long, Integer> addedHere = new HashMap<>();

    private CommonGrams(Set<Long> grams) {
        this.grams = grams;
    }

    /** All listed common bigrams: read once by a bulk write, which then skips them in every chunk. */
    static CommonGrams read(Connection c) throws SQLException {
        Set<Long> grams = new HashSet<>();
        try (PreparedStatement select = c.prepareStatement("SELECT gram FROM registry_name_gram_common");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                grams.add(row.getLong(1));
            }
        }
        return new CommonGrams(grams);
    }

    /** Those of the given bigrams that are common: enough for a write of one name. */
    static CommonGrams among(Connection c, Collection<Long> candidates) throws SQLException {
        Set<Long> grams = new HashSet<>();
        if (!candidates.isEmpty()) {
            try (PreparedStatement select = c.prepareStatement("SELECT gram FROM registry_name_gram_common WHERE gram IN ("
                    + Jdbc.placeholders(candidates.size()) + ")")) {
                int index = 1;
                for (long gram : candidates) {
                    select.setLong(index++, gram);
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        grams.add(row.getLong(1));
                    }
                }
            }
        }
        return new CommonGrams(grams);
    }

    boolean contains(long gram) {
        return grams.contains(gram);
    }

    /** Counts a posting this write added; true when that took the bigram over the limit. */
    boolean added(long gram) {
        if (addedHere.merge(gram, 1, Integer::sum) > LIMIT) {
            grams.add(gram);
            addedHere.remove(gram);
            return true;
        }
        return false;
    }

    /** Lists the bigrams and drops their postings. */
    static void list(Connection c, Collection<Long> common) throws SQLException {
        if (common.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO registry_name_gram_common (gram) VALUES (?) ON CONFLICT DO NOTHING")) {
            for (long gram : common) {
                insert.setLong(1, gram);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        NameGramTable.removeGrams(c, List.copyOf(common));
    }

    /** Every bigram now held by more than {@link #LIMIT} names, listed; returns how many were. */
    static int promote(Connection c) throws SQLException {
        List<Long> promoted = new ArrayList<>();
        // the span written out: PostgreSQL matches GROUP BY expressions by text, parameters differ
        String gram = "p.posting / " + NameGramTable.ID_SPAN;
        try (PreparedStatement select = c.prepareStatement("SELECT " + gram + " FROM registry_name_posting p "
                + "GROUP BY " + gram + " HAVING COUNT(*) > ?")) {
            select.setLong(1, LIMIT);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    promoted.add(row.getLong(1));
                }
            }
        }
        list(c, promoted);
        return promoted.size();
    }
}
