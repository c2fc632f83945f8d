package org.cultivar.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.cultivar.audit.testing.AuditSchema;
import org.cultivar.store.pool.PoolTuning;
import org.cultivar.store.testing.TestDatabase;
import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.store.api.Transactions;
import org.cultivar.store.tx.ThreadBoundTransactions;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A fresh database with the audit schema, the store's real transactions, the trail under test
 * on a hand-moved clock, and plain JDBC to look at (and tamper with) the tables behind its back.
 * The transactions' connections count the statements that write the chain head.
 */
final class AuditFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2025-11-08T02:00:00Z");

    final HikariDataSource pool;
    final Transactions transactions;
    final SettableClock clock = new SettableClock(START);
    final ChainedAuditTrail trail;
    /** Statements prepared by the trail's transactions that update {@code audit_chain_head}. */
    final AtomicInteger headWrites = new AtomicInteger();

    /**
     * Room for the eight appending threads of the concurrency test, and a generous wait so a
     * slow machine shows up as a slow test rather than a pool timeout.
     */
    static final PoolTuning POOL = new PoolTuning(10, 30_000);

    AuditFixture(TestDatabase database) {
        pool = database.freshPool();
        AuditSchema.migrate(pool);
        transactions = new ThreadBoundTransactions(countingHeadWrites(pool));
        trail = new ChainedAuditTrail(transactions, clock);
    }

    /** Runs one statement on its own connection (auto-commit), outside the trail's transactions. */
    int execute(String sql, Object... parameters) {
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    long count(String sql, Object... parameters) {
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    long entries() {
        return count("SELECT COUNT(*) FROM audit_entry");
    }

    /** The committed chain head, as another connection reads it. */
    ChainHead head() {
        try (Connection connection = pool.getConnection()) {
            return ChainHead.read(connection).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every stored entry in sequence order, read directly from the table. */
    List<AuditEntry> stored() {
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + EntryRows.COLUMNS + " FROM audit_entry ORDER BY sequence_number");
             ResultSet rows = select.executeQuery()) {
            List<AuditEntry> entries = new ArrayList<>();
            while (rows.next()) {
                entries.add(EntryRows.read(rows));
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pool, but its connections count each statement prepared to update the chain head. */
    private DataSource countingHeadWrites(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, dataSource, args);
                    if (!method.getName().equals("getConnection")) {
                        return result;
                    }
                    Connection connection = (Connection) result;
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("prepareStatement")
                                        && ((String) a[0]).startsWith("UPDATE audit_chain_head")) {
                                    headWrites.incrementAndGet();
                                }
                                return invoke(m, connection, a);
                            });
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    @Override
    public void close() {
        pool.close();
    }
}
