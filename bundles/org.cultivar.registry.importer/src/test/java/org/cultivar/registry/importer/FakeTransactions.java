package org.cultivar.registry.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

import org.cultivar.store.api.SqlWork;
import org.cultivar.store.api.Transactions;

/**
 * Thread-bound transactions without a database: the fakes that take part keep their changes
 * apart until the outermost {@code required} commits, and drop them when it throws.
 */
final class FakeTransactions implements Transactions {

    /** A fake that stores something. */
    interface Participant {
        void commit();

        void rollback();
    }

    private final ThreadLocal<Boolean> active = ThreadLocal.withInitial(() -> false);
    private final List<Participant> participants;
    int commits;

    FakeTransactions(Participant... participants) {
        this.participants = List.of(participants);
    }

    @Override
    public <T> T required(SqlWork<T> work) {
        if (active.get()) {
            return run(work);
        }
        active.set(true);
        try {
            T result = run(work);
            participants.forEach(Participant::commit);
            commits++;
            return result;
        } catch (RuntimeException e) {
            participants.forEach(Participant::rollback);
            throw e;
        } finally {
            active.set(false);
        }
    }

    private static <T> T run(SqlWork<T> work) {
        try {
            return work.run(null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T> T requiresNew(SqlWork<T> work) {
        throw new UnsupportedOperationException("the importer never suspends a transaction");
    }

    @Override
    public boolean active() {
        return active.get();
    }

    @Override
    public Connection connection() {
        throw new UnsupportedOperationException("the fakes need no connection");
    }

    @Override
    public void afterCommit(Runnable action) {
        throw new UnsupportedOperationException("the importer sends no events");
    }

    @Override
    public void beforeCommit(SqlWork<?> action) {
        throw new UnsupportedOperationException("the importer registers no before-commit actions");
    }

    @Override
    public <T> T resource(Class<T> type, Supplier<? extends T> create) {
        throw new UnsupportedOperationException("the importer keeps no per-transaction state");
    }
}
