package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import org.cultivar.store.api.SqlWork;
import org.cultivar.store.api.Transactions;

/**
 * The engine's transactions, except that the next few outermost ones do their work and then
 * lose to the database with H2's lock timeout, as a transaction blocked by another (or by what a
 * killed process left behind) does: the work is rolled back whole and the caller sees the
 * StoreException the store throws for it.
 */
final class LosingTransactions implements Transactions {

    static final int H2_LOCK_TIMEOUT = 50200;

    private final Transactions delegate;
    private int toLose;
    private int lost;

    LosingTransactions(Transactions delegate, int toLose) {
        this.delegate = delegate;
        this.toLose = toLose;
    }

    int lost() {
        return lost;
    }

    @Override
    public <T> T required(SqlWork<T> work) {
        if (delegate.active() || toLose == 0) {
            return delegate.required(work);
        }
        toLose--;
        lost++;
        return delegate.required(c -> {
            work.run(c);
            throw new SQLException("Timeout trying to lock table", "HYT00", H2_LOCK_TIMEOUT);
        });
    }

    @Override
    public <T> T requiresNew(SqlWork<T> work) {
        return delegate.requiresNew(work);
    }

    @Override
    public boolean active() {
        return delegate.active();
    }

    @Override
    public Connection connection() {
        return delegate.connection();
    }

    @Override
    public void afterCommit(Runnable action) {
        delegate.afterCommit(action);
    }

    @Override
    public void beforeCommit(SqlWork<?> action) {
        delegate.beforeCommit(action);
    }

    @Override
    public <T> T resource(Class<T> type, Supplier<? extends T> create) {
        return delegate.resource(type, create);
    }
}
