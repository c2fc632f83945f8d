package org.cultivar.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.cultivar.store.api.Transactions;

/**
 * The chain head as one transaction moves it (docs/adr/0003-audit-chain.md, amendment): the
 * transaction's first append locks and reads the head row, later appends link to the head kept
 * here, and the row is written once, by a before-commit action. (Updating the row per entry
 * made a transaction of 100,000 entries quadratic on PostgreSQL, which keeps every version of
 * a row updated inside one transaction and walks them on each lock and update.)
 *
 * <p>Where it lives: the trail takes it from {@link Transactions#resource}, so it belongs to
 * the store's scope of the caller's transaction and is dropped with that scope whether the
 * transaction commits or rolls back. A head moved by a rolled-back transaction therefore can
 * never reach another transaction, a {@code requiresNew} transaction gets one of its own, and
 * the audit bundle keeps no map that would have to be cleaned up on rollback. The object is
 * only ever used by the thread that owns the transaction.
 */
final class RunningHead {

    private final Transactions transactions;
    /** The row as this transaction locked it; null while nothing is locked or left to write. */
    private ChainHead locked;
    /** Where the entries appended since then have moved the head. */
    private ChainHead current;

    RunningHead(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * The head the next entry links to. The first call in the transaction locks the row (as
     * every append did before: the lock still makes appenders queue, on one node or many, until
     * the transaction ends) and schedules the write before commit.
     */
    ChainHead next(Connection connection) throws SQLException {
        if (current == null) {
            locked = ChainHead.lock(connection);
            current = locked;
            transactions.beforeCommit(this::write);
        }
        return current;
    }

    /** The entry just inserted is the new end of the chain. */
    void movedTo(ChainHead head) {
        current = head;
    }

    /**
     * Writes the head row, if entries were appended since it was locked or last written. Then
     * starts over: an entry appended later in the same transaction (by another before-commit
     * action, or after a verification) reads the row again and schedules another write.
     */
    Void write(Connection connection) throws SQLException {
        if (current != null) {
            if (current != locked) {
                current.replace(connection, locked);
            }
            locked = null;
            current = null;
        }
        return null;
    }
}
