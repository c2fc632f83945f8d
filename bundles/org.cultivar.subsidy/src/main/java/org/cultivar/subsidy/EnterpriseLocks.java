package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.cultivar.subsidy.api.Assessment;

/**
 * The row of each schedule and enterprise an approval awards under, locked until the transaction
 * ends, so that approvals which could collide on one of the schedule's limits ({@link LimitAtApproval})
 * are judged one after the other. Every limit is one enterprise's under one schedule — a title
 * belongs to one enterprise — so this key covers them all, whatever fiscal years and budget rows
 * the awards touch. Every approval takes it, limited or not: an award of an application recorded
 * without a limit still counts towards the limit of one recorded after the limit was configured.
 * Lock order (ADR 0009): application rows, then these rows by (schedule, enterprise), then the
 * budget rows by (schedule, year), then the audit chain head.
 */
final class EnterpriseLocks {

    /** One lock row, ordered as the rows are created and locked. */
    private record Key(String scheduleId, String creditCode) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::scheduleId).thenComparing(Key::creditCode);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private EnterpriseLocks() {
    }

    /**
     * Creates the rows that do not exist yet, then locks all of them, both in key order, so that two
     * approvals never wait on each other in a circle: a row another transaction is creating is
     * waited for in the first statement, and a row another transaction holds in the second.
     */
    static void lock(Connection c, Collection<StoredApplication> approving) throws SQLException {
        SortedSet<Key> keys = new TreeSet<>();
        for (StoredApplication stored : approving) {
            Assessment assessment = stored.application().assessment();
            keys.add(new Key(assessment.scheduleId(), assessment.input().enterprise().value()));
        }
        if (keys.isEmpty()) {
            return;
        }
        List<Object[]> rows = keys.stream().map(key -> new Object[] {key.scheduleId(), key.creditCode()}).toList();
        Jdbc.batch(c, "INSERT INTO subsidy_enterprise_lock (schedule_id, credit_code) VALUES (?, ?) ON CONFLICT DO NOTHING", rows);
        // the keys joined as a VALUES table, each row found by its primary key: for a row-value IN list H2 walked every
        // lock row of the schedule and tested each against the whole list, so each chunk took longer than the one before
        // (quadratic over a year's approvals). The VALUES rows are bound in key order and H2 locks each row as it joins
        // it, so in key order; PostgreSQL locks the rows as the sort returns them, in key order too.
        int locked = Jdbc.list(c, "SELECT l.schedule_id FROM (VALUES " + String.join(", ", Collections.nCopies(rows.size(), "(?, ?)"))
                + ") v (schedule_id, credit_code) JOIN subsidy_enterprise_lock l ON l.schedule_id = v.schedule_id"
                + " AND l.credit_code = v.credit_code ORDER BY l.schedule_id, l.credit_code FOR UPDATE",
                row -> row.getString(1), rows.stream().flatMap(Arrays::stream).toArray()).size();
        if (locked != keys.size()) {
            throw new IllegalStateException("Locked " + locked + " of " + keys.size() + " enterprise rows");
        }
    }
}
