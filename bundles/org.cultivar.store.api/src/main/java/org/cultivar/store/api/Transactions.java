package org.cultivar.store.api;

import java.sql.Connection;

/**
 * One database transaction shared by every bundle that takes part in a unit of work (an
 * approval touches payouts, budgets, ledger and audit). The transaction is bound to the
 * calling thread: nested {@link #required} calls, from any bundle, join it.
 */
public interface Transactions {

    /**
     * Runs the work in the current transaction, or in a new one committed when the work
     * returns and rolled back when it throws. {@link java.sql.SQLException}s arrive wrapped in
     * {@link StoreException}; runtime exceptions pass through unchanged after the rollback.
     */
    <T> T required(SqlWork<T> work);

    /** Runs the work in a transaction of its own, suspending the caller's. */
    <T> T requiresNew(SqlWork<T> work);

    /** Whether the calling thread is inside a transaction. */
    boolean active();

    /** The connection of the calling thread's transaction; fails outside one. */
    Connection connection();

    /**
     * Runs the action after the current transaction commits (for Event Admin events and
     * other work that must not see uncommitted state); never after a rollback. Outside a
     * transaction it runs at once.
     */
    void afterCommit(Runnable action);
}
