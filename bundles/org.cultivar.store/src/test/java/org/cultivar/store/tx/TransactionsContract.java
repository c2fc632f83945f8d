package org.cultivar.store.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.cultivar.store.api.StoreException;
import org.cultivar.store.api.Transactions;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

/** The transaction rules, run against each database by a subclass. */
abstract class TransactionsContract {

    private HikariDataSource pool;
    private Transactions transactions;

    abstract TestDatabase database();

    @BeforeEach
    void openPool() {
        pool = database().freshPool();
        transactions = new ThreadBoundTransactions(pool);
        TestDatabase.execute(pool, "CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL)");
    }

    /** Every test, passing or failing its own way, must leave all connections back in the pool. */
    @AfterEach
    void everyConnectionIsBackInThePool() {
        try {
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
        } finally {
            pool.close();
        }
    }

    @Test
    void requiredCommitsWhenTheWorkReturns() {
        Integer result = transactions.required(connection -> insert(connection, 1));

        assertThat(result).isEqualTo(1);
        assertThat(items()).isEqualTo(1);
    }

    @Test
    void requiredRollsBackAndPassesARuntimeExceptionThroughUnchanged() {
        IllegalArgumentException refusal = new IllegalArgumentException("refused");

        assertThatThrownBy(() -> transactions.required(connection -> {
            insert(connection, 1);
            throw refusal;
        })).isSameAs(refusal);
        assertThat(items()).isZero();
    }

    @Test
    void anSqlExceptionArrivesWrappedInStoreExceptionAfterTheRollback() {
        assertThatThrownBy(() -> transactions.required(connection -> {
            insert(connection, 1);
            return insert(connection, 1); // duplicate key
        })).isInstanceOf(StoreException.class).hasCauseInstanceOf(SQLException.class);
        assertThat(items()).isZero();
    }

    @Test
    void aNestedRequiredJoinsTheSameTransaction() {
        assertThatThrownBy(() -> transactions.required(outer -> {
            insert(outer, 1);
            transactions.required(inner -> {
                assertThat(inner).isSameAs(outer);
                return insert(inner, 2);
            });
            throw new IllegalStateException("outer fails after the inner work returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(items()).as("the inner work was not committed on its own").isZero();
    }

    @Test
    void requiresNewCommitsOnItsOwnAndResumesTheCallersTransaction() {
        assertThatThrownBy(() -> transactions.required(outer -> {
            insert(outer, 1);
            transactions.requiresNew(inner -> {
                assertThat(inner).isNotSameAs(outer);
                assertThat(count(inner)).as("the caller's row is not committed yet").isZero();
                return insert(inner, 2);
            });
            assertThat(transactions.connection()).isSameAs(outer);
            throw new IllegalStateException("outer fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ids()).containsExactly(2);
    }

    @Test
    void whenJoinedWorkFailsAndTheCallerCatchesItTheWholeTransactionRollsBack() {
        IllegalStateException innerFailure = new IllegalStateException("inner fails");

        assertThatThrownBy(() -> transactions.required(outer -> {
            insert(outer, 1);
            try {
                transactions.required(inner -> {
                    insert(inner, 2);
                    throw innerFailure;
                });
            } catch (IllegalStateException caught) {
                // the caller carries on as if nothing happened
            }
            return insert(outer, 3);
        })).isInstanceOf(StoreException.class)
                .hasMessageContaining("rolled back because work inside it failed")
                .hasCause(innerFailure);

        assertThat(items()).isZero();
    }

    @Test
    void aCaughtSqlFailureOfJoinedWorkAlsoMarksTheTransactionRollbackOnly() {
        assertThatThrownBy(() -> transactions.required(outer -> {
            insert(outer, 1);
            try {
                transactions.required(inner -> inner.createStatement().executeUpdate("UPDATE no_such_table SET x = 1"));
            } catch (StoreException caught) {
                // ignored by the caller
            }
            return null;
        })).isInstanceOf(StoreException.class).hasRootCauseInstanceOf(SQLException.class);

        assertThat(items()).isZero();
    }

    @Test
    void aCaughtFailureInsideRequiresNewDoesNotSpoilTheCallersTransaction() {
        transactions.required(outer -> {
            insert(outer, 1);
            try {
                transactions.requiresNew(inner -> {
                    insert(inner, 2);
                    throw new IllegalStateException("inner fails alone");
                });
            } catch (IllegalStateException expected) {
                // tolerated on purpose: that is what requiresNew is for
            }
            return insert(outer, 3);
        });

        assertThat(ids()).containsExactly(1, 3);
    }

    @Test
    void afterCommitRunsOnlyOnceTheDataIsCommitted() {
        List<Long> seenByAction = new ArrayList<>();

        transactions.required(connection -> {
            insert(connection, 1);
            transactions.afterCommit(() -> seenByAction.add(items()));
            assertThat(seenByAction).as("not before the commit").isEmpty();
            return null;
        });

        assertThat(seenByAction).containsExactly(1L);
    }

    @Test
    void afterCommitOfJoinedWorkWaitsForTheOutermostCommit() {
        List<String> events = new ArrayList<>();

        transactions.required(outer -> {
            transactions.required(inner -> {
                transactions.afterCommit(() -> events.add("action"));
                return insert(inner, 1);
            });
            events.add("inner returned");
            return null;
        });

        assertThat(events).containsExactly("inner returned", "action");
    }

    @Test
    void afterCommitNeverRunsAfterARollback() {
        List<String> events = new ArrayList<>();

        assertThatThrownBy(() -> transactions.required(connection -> {
            transactions.afterCommit(() -> events.add("action"));
            throw new IllegalStateException("fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(events).isEmpty();
    }

    @Test
    void afterCommitOutsideATransactionRunsAtOnce() {
        List<String> events = new ArrayList<>();

        transactions.afterCommit(() -> events.add("action"));

        assertThat(events).containsExactly("action");
    }

    @Test
    void aFailingAfterCommitActionNeitherUndoesTheCommitNorStopsTheOtherActions() {
        List<String> events = new ArrayList<>();

        Integer result = transactions.required(connection -> {
            transactions.afterCommit(() -> {
                throw new IllegalStateException("listener broken");
            });
            transactions.afterCommit(() -> events.add("second action"));
            return insert(connection, 1);
        });

        assertThat(result).isEqualTo(1);
        assertThat(items()).isEqualTo(1);
        assertThat(events).containsExactly("second action");
    }

    @Test
    void connectionOutsideATransactionFailsClearly() {
        assertThatThrownBy(() -> transactions.connection())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No transaction on this thread");
    }

    @Test
    void aTransactionBelongsToItsThreadOnly() {
        transactions.required(connection -> {
            assertThat(transactions.active()).isTrue();
            boolean activeElsewhere = CompletableFuture.supplyAsync(transactions::active).join();
            assertThat(activeElsewhere).isFalse();
            return null;
        });
        assertThat(transactions.active()).isFalse();
    }

    @Test
    void closingTheConnectionInsideTheWorkDoesNotEndTheTransaction() {
        transactions.required(connection -> {
            try (Connection habit = transactions.connection()) {
                insert(habit, 1);
            }
            return insert(transactions.connection(), 2);
        });

        assertThat(ids()).containsExactly(1, 2);
    }

    @Test
    void theWorkCannotCommitOrRollBackBehindTheStoresBack() {
        assertThatThrownBy(() -> transactions.required(connection -> {
            insert(connection, 1);
            connection.commit();
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("commit()");
        assertThatThrownBy(() -> transactions.required(connection -> {
            connection.setAutoCommit(true);
            return null;
        })).isInstanceOf(IllegalStateException.class);

        assertThat(items()).isZero();
    }

    @Test
    void theConnectionGoesBackToThePoolAfterEveryOutcome() {
        transactions.required(connection -> insert(connection, 1));
        assertThatThrownBy(() -> transactions.required(connection -> {
            throw new IllegalStateException("fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
        assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isPositive();
    }

    @Test
    void aFailedCommitRollsBackReportsAndStillReturnsTheConnection() {
        Transactions failingCommits = new ThreadBoundTransactions(commitAlwaysFails(pool));

        assertThatThrownBy(() -> failingCommits.required(connection -> insert(connection, 1)))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Commit failed");

        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
        assertThat(items()).isZero();
    }

    private static int insert(Connection connection, int id) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("INSERT INTO item (id, name) VALUES (" + id + ", 'item " + id + "')");
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM item")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long items() {
        return TestDatabase.count(pool, "SELECT COUNT(*) FROM item");
    }

    private List<Integer> ids() {
        return transactions.required(connection -> {
            List<Integer> ids = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT id FROM item ORDER BY id")) {
                while (rows.next()) {
                    ids.add(rows.getInt(1));
                }
            }
            return ids;
        });
    }

    /** The real pool, but every connection's commit() fails as a lost server would make it. */
    private static DataSource commitAlwaysFails(HikariDataSource pool) {
        return (DataSource) Proxy.newProxyInstance(TransactionsContract.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(method, pool, args);
                    if (!method.getName().equals("getConnection")) {
                        return result;
                    }
                    Connection real = (Connection) result;
                    return Proxy.newProxyInstance(TransactionsContract.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("commit")) {
                                    throw new SQLException("connection lost during commit");
                                }
                                return invoke(m, real, a);
                            });
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
