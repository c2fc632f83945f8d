package org.cultivar.store.tx;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.cultivar.store.api.SqlWork;
import org.cultivar.store.api.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open transaction: its connection, whether it may still commit, what to do just before
 * and after, and the per-transaction objects of other bundles (gone with the scope).
 */
final class TransactionScope {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionScope.class);

    private final Connection connection;
    private final Connection guarded;
    private final TransactionScope suspended;
    private final List<SqlWork<?>> beforeCommit = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Map<Class<?>, Object> resources = new HashMap<>();
    private Throwable rollbackOnlyCause;

    private TransactionScope(Connection connection, TransactionScope suspended) {
        this.connection = connection;
        this.guarded = GuardedConnection.guard(connection);
        this.suspended = suspended;
    }

    static TransactionScope begin(DataSource dataSource, TransactionScope suspended) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("Cannot get a database connection: " + e.getMessage(), e);
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw new StoreException("Cannot begin a transaction: " + e.getMessage(), e);
        }
        return new TransactionScope(connection, suspended);
    }

    Connection connection() {
        return guarded;
    }

    /** The transaction the caller of requiresNew() was in, resumed when this one ends. */
    TransactionScope suspended() {
        return suspended;
    }

    /** Work that joined this transaction failed: committing the rest would be half a unit of work. */
    void markRollbackOnly(Throwable cause) {
        if (rollbackOnlyCause == null) {
            rollbackOnlyCause = cause;
        }
    }

    void beforeCommit(SqlWork<?> action) {
        beforeCommit.add(action);
    }

    void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    <T> T resource(Class<T> type, Supplier<? extends T> create) {
        Object resource = resources.get(type);
        if (resource == null) {
            resource = create.get();
            if (resource == null) {
                throw new IllegalArgumentException("The transaction resource of type " + type.getName() + " must not be null");
            }
            resources.put(type, resource);
        }
        return type.cast(resource);
    }

    /**
     * Runs the before-commit actions, then commits. The caller rolls back when this throws. An
     * action may register more (an audit entry recorded by one registers the chain head's
     * write), so the list is walked by index and actions added meanwhile run too.
     */
    void commit() {
        failIfRollbackOnly();
        for (int i = 0; i < beforeCommit.size(); i++) {
            try {
                beforeCommit.get(i).run(guarded);
            } catch (SQLException e) {
                throw new StoreException("A before-commit action failed: " + e.getMessage(), e);
            }
        }
        failIfRollbackOnly(); // an action's joined work may have failed and been caught
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("Commit failed: " + e.getMessage(), e);
        }
    }

    private void failIfRollbackOnly() {
        if (rollbackOnlyCause != null) {
            throw new StoreException("The transaction was rolled back because work inside it failed: "
                    + rollbackOnlyCause, rollbackOnlyCause);
        }
    }

    void rollbackAfter(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Hands the connection back to the pool, whatever happened before. */
    void end() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Could not restore auto-commit before returning the connection", e);
        }
        closeQuietly(connection);
    }

    /** The commit has happened: a failing action is logged, never reported as a failed transaction. */
    void runAfterCommitActions() {
        for (Runnable action : afterCommit) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.error("An after-commit action failed; the transaction itself was committed", e);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not return a connection to the pool", e);
        }
    }
}
