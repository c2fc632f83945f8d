package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.cultivar.store.api.Transactions;

/**
 * The name index rebuilt from every enterprise's name at once, for the end of a first load
 * (ADR 0010): all postings are computed in memory (8 bytes each), sorted, the bigrams held by
 * more than {@link CommonGrams#LIMIT} names listed as common, and the rest inserted in key order,
 * so the index's B-tree is only ever appended to. Several transactions, so that no single one
 * grows with the registry; the first load stays marked until the last has committed, and
 * searches meanwhile do not rely on the postings.
 */
final class NamePostingRebuild {

    /** Names read per query, and postings inserted per transaction. */
    static final int NAMES_READ = 50_000;
    static final int POSTINGS_PER_TRANSACTION = 200_000;
    private static final int BATCH = 10_000;

    private NamePostingRebuild() {
    }

    /** Returns the number of postings stored. */
    static long rebuild(Transactions transactions) {
        long[] postings = transactions.required(NamePostingRebuild::clearAndCompute);
        Arrays.parallelSort(postings);
        transactions.required(c -> {
            listCommon(c, postings);
            return null;
        });
        long stored = 0;
        int from = 0;
        while (from < postings.length) {
            int start = from;
            int[] next = new int[1];
            stored += transactions.required(c -> insertUncommon(c, postings, start, next));
            from = next[0];
        }
        return stored;
    }

    /** Deletes what the index held and computes every name's postings, unsorted. */
    private static long[] clearAndCompute(Connection c) throws SQLException {
        try (Statement delete = c.createStatement()) {
            delete.executeUpdate("DELETE FROM registry_name_posting");
            delete.executeUpdate("DELETE FROM registry_name_gram_common");
        }
        long[] postings = new long[1 << 20];
        int size = 0;
        long after = -1;
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, name_zh FROM registry_enterprise WHERE id > ? ORDER BY id LIMIT " + NAMES_READ)) {
            while (true) {
                select.setLong(1, after);
                int read = 0;
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        long id = row.getLong(1);
                        for (long gram : NameGrams.of(row.getString(2))) {
                            if (size == postings.length) {
                                postings = Arrays.copyOf(postings, size * 2);
                            }
                            postings[size++] = NameGramTable.posting(gram, id);
                        }
                        after = id;
                        read++;
                    }
                }
                if (read < NAMES_READ) {
                    return Arrays.copyOf(postings, size);
                }
            }
        }
    }

    /** Lists every bigram held by more names than the limit; {@code postings} sorted. */
    private static void listCommon(Connection c, long[] postings) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO registry_name_gram_common (gram) VALUES (?) ON CONFLICT DO NOTHING")) {
            int run = 0;
            while (run < postings.length) {
                long gram = postings[run] / NameGramTable.ID_SPAN;
                int end = runEnd(postings, run);
                if (end - run > CommonGrams.LIMIT) {
                    insert.setLong(1, gram);
                    insert.addBatch();
                }
                run = end;
            }
            insert.executeBatch();
        }
    }

    /**
     * Inserts the postings of uncommon bigrams from {@code from} on, up to about one
     * transaction's worth, ending at a bigram's end; {@code next[0]} receives where to go on.
     */
    private static long insertUncommon(Connection c, long[] postings, int from, int[] next) throws SQLException {
        long inserted = 0;
        int run = from;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO registry_name_posting (posting) VALUES (?) ON CONFLICT DO NOTHING")) {
            int batched = 0;
            while (run < postings.length && inserted < POSTINGS_PER_TRANSACTION) {
                int end = runEnd(postings, run);
                if (end - run <= CommonGrams.LIMIT) {
                    for (int i = run; i < end; i++) {
                        insert.setLong(1, postings[i]);
                        insert.addBatch();
                        if (++batched == BATCH) {
                            insert.executeBatch();
                            batched = 0;
                        }
                    }
                    inserted += end - run;
                }
                run = end;
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        }
        next[0] = run;
        return inserted;
    }

    /** Where the run of postings of the bigram at {@code start} ends (exclusive). */
    private static int runEnd(long[] postings, int start) {
        long gram = postings[start] / NameGramTable.ID_SPAN;
        int end = start + 1;
        while (end < postings.length && postings[end] / NameGramTable.ID_SPAN == gram) {
            end++;
        }
        return end;
    }
}
