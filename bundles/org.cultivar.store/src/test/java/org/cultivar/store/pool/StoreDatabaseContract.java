package org.cultivar.store.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.sql.SQLException;
import java.util.Hashtable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

/** The Database service and live pool tuning, run against each database by a subclass. */
abstract class StoreDatabaseContract {

    private HikariDataSource pool;

    abstract TestDatabase database();

    @BeforeEach
    void openPool() {
        pool = database().freshPool();
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void anOpenPoolIsReachable() {
        StoreDatabase store = new StoreDatabase(new DatabaseSettings(url(), null, null), pool);

        assertThat(store.reachable()).isTrue();
        assertThat(store.kind()).isEqualTo(database().kind());
    }

    @Test
    void aClosedPoolIsReportedUnreachableWithinTwoSeconds() {
        StoreDatabase store = new StoreDatabase(new DatabaseSettings(url(), null, null), pool);
        pool.close();
        Instant start = Instant.now();

        assertThat(store.reachable()).isFalse();
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aWedgedPoolIsReportedUnreachableWithoutWaitingForTheConnectionTimeout() throws Exception {
        new PoolTuningService(pool.getHikariConfigMXBean()).updated(tuning(1, 30_000));
        try (var held = pool.getConnection()) {
            StoreDatabase store = new StoreDatabase(new DatabaseSettings(url(), null, null), pool);
            Instant start = Instant.now();

            assertThat(store.reachable()).isFalse();
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void aSmallerMaximumPoolSizeHoldsBackTheNextCallerAtOnce() throws Exception {
        new PoolTuningService(pool.getHikariConfigMXBean()).updated(tuning(2, 5_000));

        try (var a = pool.getConnection(); var b = pool.getConnection()) {
            CompletableFuture<Boolean> third = CompletableFuture.supplyAsync(() -> {
                try (var c = pool.getConnection()) {
                    return true;
                } catch (SQLException e) {
                    return false;
                }
            });
            Thread.sleep(300);
            assertThat(third).as("the third caller waits for a free connection").isNotDone();
            assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isEqualTo(2);
            a.close();
            assertThat(third.get(2, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theConnectionTimeoutReachesThePoolConfiguration() throws Exception {
        // Hikari's housekeeper hands it to the running pool on its next round (every 30 s)
        new PoolTuningService(pool.getHikariConfigMXBean()).updated(tuning(10, 1_500));

        assertThat(pool.getHikariConfigMXBean().getConnectionTimeout()).isEqualTo(1_500);
    }

    private String url() {
        return database().kind() == org.cultivar.store.api.Database.Kind.H2 ? "jdbc:h2:mem:x" : "jdbc:postgresql://x/y";
    }

    private static Hashtable<String, Object> tuning(int size, long timeout) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(PoolTuning.MAXIMUM_POOL_SIZE, size);
        properties.put(PoolTuning.CONNECTION_TIMEOUT, timeout);
        return properties;
    }
}
