package org.cultivar.store.pool;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

/**
 * Answers "can a connection be had and does it answer?" within a fixed time, even though
 * waiting for a pooled connection may take the whole connection timeout. At most one probe
 * runs at a time, so a health page polled while the database hangs does not pile up threads.
 */
final class ReachabilityProbe {

    private final DataSource dataSource;
    private final Duration patience;
    private CompletableFuture<Boolean> running;

    ReachabilityProbe(DataSource dataSource, Duration patience) {
        this.dataSource = dataSource;
        this.patience = patience;
    }

    boolean reachable() {
        try {
            return probe().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized CompletableFuture<Boolean> probe() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(this::answers, task -> {
                Thread thread = new Thread(task, "cultivar-database-probe");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return running;
    }

    private boolean answers() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
