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
    void beforeCommitActionsRunInOrderOnTheTransactionsConnectionOnceTheWorkHasReturned() {
        List<String> events = new ArrayList<>();

        transactions.required(connection -> {
            transactions.beforeCommit(c -> {
                assertThat(c).isSameAs(connection);
                events.add("first sees " + count(c));
                return insert(c, 2);
            });
            transactions.beforeCommit(c -> events.add("second sees " + count(c)));
            insert(connection, 1);
            events.add("work returns");
            return null;
        });

        assertThat(events).containsExactly("work returns", "first sees 1", "second sees 2");
        assertThat(ids()).as("what the actions wrote is committed with the work").containsExactly(1, 2);
    }

    @Test
    void beforeCommitOfJoinedWorkWaitsForTheOutermostCommit() {
        List<String> events = new ArrayList<>();

        transactions.required(outer -> {
            transactions.required(inner -> {
                transactions.beforeCommit(c -> events.add("action"));
                return insert(inner, 1);
            });
            events.add("inner returned");
            return null;
        });

        assertThat(events).containsExactly("inner returned", "action");
    }

    @Test
    void anActionRegisteredByABeforeCommitActionRunsTooAndAfterCommitActionsRunAfterAll() {
        List<String> events = new ArrayList<>();

        transactions.required(connection -> {
            transactions.afterCommit(() -> events.add("after commit"));
            transactions.beforeCommit(c -> {
                events.add("first");
                transactions.beforeCommit(later -> events.add("added by the first"));
                return null;
            });
            transactions.beforeCommit(c -> events.add("second"));
            return null;
        });

        assertThat(events).containsExactly("first", "second", "added by the first", "after commit");
    }

    @Test
    void aFailingBeforeCommitActionRollsBackEverythingAndPassesItsExceptionThroughUnchanged() {
        List<String> events = new ArrayList<>();
        IllegalStateException refusal = new IllegalStateException("check before commit failed");

        assertThatThrownBy(() -> transactions.required(connection -> {
            transactions.afterCommit(() -> events.add("after commit"));
            transactions.beforeCommit(c -> insert(c, 2));
            transactions.beforeCommit(c -> {
                throw refusal;
            });
            transactions.beforeCommit(c -> events.add("action after the failing one"));
            return insert(connection, 1);
        })).isSameAs(refusal);

        assertThat(items()).as("neither the work nor the earlier action is committed").isZero();
        assertThat(events).isEmpty();
    }

    @Test
    void anSqlExceptionOfABeforeCommitActionArrivesWrappedAfterTheRollback() {
        assertThatThrownBy(() -> transactions.required(connection -> {
            transactions.beforeCommit(c -> insert(c, 1)); // duplicate key
            return insert(connection, 1);
        })).isInstanceOf(StoreException.class).hasCauseInstanceOf(SQLException.class);

        assertThat(items()).isZero();
    }

    @Test
    void beforeCommitNeverRunsAfterARollback() {
        List<String> events = new ArrayList<>();

        assertThatThrownBy(() -> transactions.required(connection -> {
            transactions.beforeCommit(c -> events.add("action"));
            throw new IllegalStateException("fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transactions.required(outer -> {
            transactions.beforeCommit(c -> events.add("action of a rollback-only transaction"));
            try {
                transactions.required(inner -> {
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException caught) {
                // the commit is refused all the same
            }
            return null;
        })).isInstanceOf(StoreException.class).hasMessageContaining("rolled back because work inside it failed");

        assertThat(events).isEmpty();
    }

    @Test
    void joinedWorkThatFailsInsideABeforeCommitActionStillPreventsTheCommit() {
        assertThatThrownBy(() -> transactions.required(connection -> {
            transactions.beforeCommit(c -> {
                try {
                    transactions.required(inner -> {
                        insert(inner, 2);
                        throw new IllegalStateException("inner fails");
                    });
                } catch (IllegalStateException caught) {
                    // swallowed by the action
                }
                return null;
            });
            return insert(connection, 1);
        })).isInstanceOf(StoreException.class).hasMessageContaining("rolled back because work inside it failed");

        assertThat(items()).isZero();
    }

    @Test
    void requiresNewRunsItsOwnBeforeCommitActionsAtItsOwnCommit() {
        List<String> events = new ArrayList<>();

        assertThatThrownBy(() -> transactions.required(outer -> {
            transactions.beforeCommit(c -> events.add("outer action"));
            transactions.requiresNew(inner -> {
                transactions.beforeCommit(c -> {
                    assertThat(c).isSameAs(inner);
                    events.add("inner action");
                    return insert(c, 2);
                });
                return null;
            });
            events.add("inner committed");
            throw new IllegalStateException("outer fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(events).containsExactly("inner action", "inner committed");
        assertThat(ids()).containsExactly(2);
    }

    @Test
    void beforeCommitOutsideATransactionFailsClearly() {
        assertThatThrownBy(() -> transactions.beforeCommit(c -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No transaction on this thread");
    }

    @Test
    void aResourceBelongsToOneTransactionIncludingItsJoinedWork() {
        List<Object> seen = new ArrayList<>();

        transactions.required(outer -> {
            seen.add(transactions.resource(Counter.class, Counter::new));
            transactions.required(inner -> seen.add(transactions.resource(Counter.class, Counter::new)));
            transactions.requiresNew(other -> seen.add(transactions.resource(Counter.class, Counter::new)));
            seen.add(transactions.resource(Counter.class, Counter::new));
            return null;
        });
        transactions.required(next -> seen.add(transactions.resource(Counter.class, Counter::new)));

        assertThat(seen.get(1)).as("joined work").isSameAs(seen.get(0));
        assertThat(seen.get(3)).as("after requiresNew, the caller's again").isSameAs(seen.get(0));
        assertThat(seen.get(2)).as("requiresNew has its own").isNotSameAs(seen.get(0));
        assertThat(seen.get(4)).as("the next transaction has its own").isNotSameAs(seen.get(0)).isNotSameAs(seen.get(2));
    }

    @Test
    void aResourceIsDroppedWithARolledBackTransaction() {
        Counter[] rolledBack = new Counter[1];

        assertThatThrownBy(() -> transactions.required(connection -> {
            rolledBack[0] = transactions.resource(Counter.class, Counter::new);
            rolledBack[0].value++;
            throw new IllegalStateException("fails");
        })).isInstanceOf(IllegalStateException.class);
        Counter next = transactions.required(connection -> transactions.resource(Counter.class, Counter::new));

        assertThat(next).isNotSameAs(rolledBack[0]);
        assertThat(next.value).isZero();
    }

    @Test
    void resourceOutsideATransactionFailsClearly() {
        assertThatThrownBy(() -> transactions.resource(Counter.class, Counter::new))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No transaction on this thread");
    }

    /** A per-transaction object, as a bundle would keep one. */
    private static final class Counter {
        int value;
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
