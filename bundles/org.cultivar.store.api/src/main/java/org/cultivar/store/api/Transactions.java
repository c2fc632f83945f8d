package org.cultivar.store.api;

import java.sql.Connection;
import java.util.function.Supplier;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One database transaction shared by every bundle that takes part in a unit of work (an
 * approval touches payouts, budgets, ledger and audit). The transaction is bound to the
 * calling thread: nested {@link #required} calls, from any bundle, join it.
 *
 * <p>Bundles use this service; only the store implements it (a provider type), so methods may
 * be added in minor versions of the package.
 */
@ProviderType
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

    /**
     * Runs the action on the transaction's connection just before the outermost transaction
     * commits, after its work has returned; actions run in the order they were registered
     * (joined work included; an action may register further ones, which run too), a
     * {@link #requiresNew} transaction runs its own at its own commit. If an action throws,
     * the transaction rolls back and the exception propagates as a failure of the work would
     * ({@link java.sql.SQLException}s wrapped in {@link StoreException}). Never runs when the
     * transaction rolls back or is marked rollback-only. Fails outside a transaction.
     */
    void beforeCommit(SqlWork<?> action);

    /**
     * The object of the given type that belongs to the calling thread's transaction: made by
     * {@code create} at the first call in the transaction, the same object at every later call
     * in it (joined work included), dropped with the transaction whether it commits or rolls
     * back; a {@link #requiresNew} transaction has its own. For state a bundle keeps per
     * transaction (the audit trail keeps its running chain head here): key it by a type of the
     * bundle's own, so that no other bundle can reach it. Fails outside a transaction.
     */
    <T> T resource(Class<T> type, Supplier<? extends T> create);
}
