package org.cultivar.store.tx;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.cultivar.store.api.SqlWork;
import org.cultivar.store.api.StoreException;
import org.cultivar.store.api.Transactions;

/**
 * Transactions bound to the calling thread (docs/adr/0002-thread-bound-transactions.md).
 * A {@code required} call inside another joins it; when joined work throws, the whole
 * transaction is marked rollback-only, so an outer caller that catches the exception and
 * returns normally gets a {@link StoreException} instead of a commit of half a unit of work.
 * Work whose failure the caller wants to survive belongs in {@link #requiresNew}.
 */
public final class ThreadBoundTransactions implements Transactions {

    private final DataSource dataSource;
    private final ThreadLocal<TransactionScope> current = new ThreadLocal<>();

    public ThreadBoundTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T required(SqlWork<T> work) {
        TransactionScope scope = current.get();
        return scope == null ? runInNewTransaction(work) : runJoined(scope, work);
    }

    @Override
    public <T> T requiresNew(SqlWork<T> work) {
        return runInNewTransaction(work);
    }

    @Override
    public boolean active() {
        return current.get() != null;
    }

    @Override
    public Connection connection() {
        return currentScope("connection()").connection();
    }

    @Override
    public void afterCommit(Runnable action) {
        TransactionScope scope = current.get();
        if (scope == null) {
            action.run();
        } else {
            scope.afterCommit(action);
        }
    }

    @Override
    public void beforeCommit(SqlWork<?> action) {
        currentScope("beforeCommit(...)").beforeCommit(action);
    }

    @Override
    public <T> T resource(Class<T> type, Supplier<? extends T> create) {
        return currentScope("resource(...)").resource(type, create);
    }

    private TransactionScope currentScope(String call) {
        TransactionScope scope = current.get();
        if (scope == null) {
            throw new IllegalStateException(
                    "No transaction on this thread: call " + call + " only inside Transactions.required(...)");
        }
        return scope;
    }

    private <T> T runInNewTransaction(SqlWork<T> work) {
        TransactionScope scope = TransactionScope.begin(dataSource, current.get());
        current.set(scope);
        T result;
        try {
            result = runJoined(scope, work);
            scope.commit();
        } catch (RuntimeException | Error e) {
            scope.rollbackAfter(e);
            throw e;
        } finally {
            scope.end();
            resume(scope.suspended());
        }
        scope.runAfterCommitActions();
        return result;
    }

    private static <T> T runJoined(TransactionScope scope, SqlWork<T> work) {
        try {
            return work.run(scope.connection());
        } catch (SQLException e) {
            scope.markRollbackOnly(e);
            throw new StoreException("Database operation failed: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            scope.markRollbackOnly(e);
            throw e;
        }
    }

    private void resume(TransactionScope suspended) {
        if (suspended == null) {
            current.remove();
        } else {
            current.set(suspended);
        }
    }
}
