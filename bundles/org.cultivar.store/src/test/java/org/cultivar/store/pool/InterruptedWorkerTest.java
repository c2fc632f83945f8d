package org.cultivar.store.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A bundle stopping interrupts its worker threads (executors' {@code shutdownNow}), possibly while
 * one is inside the embedded database's file I/O. Java closes an interrupted thread's file channel;
 * on a plain H2 {@code file:} URL the next reads of every thread then fail (the reading test failed
 * 3 of 25 runs that way), so the store opens H2 through {@code retry:}, which reopens the channel
 * (ADR 0011). The store's default database must keep serving everyone else.
 */
class InterruptedWorkerTest {

    @Test
    void aWorkerInterruptedInTheMiddleOfReadingLeavesTheDatabaseServingOthers(@TempDir Path dataDir) throws Exception {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("cultivar.data.dir", dataDir.toString())::get);
        try (HikariDataSource pool = ConnectionPools.open(settings, PoolTuning.DEFAULT)) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE filler (id BIGINT PRIMARY KEY, text VARCHAR(2000))");
                s.execute("INSERT INTO filler SELECT \"X\", REPEAT('x', 1500) FROM SYSTEM_RANGE(1, 20000)");
                s.execute("SET CACHE_SIZE 64"); // kilobytes: reads go to the file
            }
            CountDownLatch reading = new CountDownLatch(1);
            Thread worker = new Thread(() -> {
                java.util.Random random = new java.util.Random(1);
                try (Connection c = pool.getConnection();
                     PreparedStatement select = c.prepareStatement("SELECT text FROM filler WHERE id = ?")) {
                    while (!Thread.currentThread().isInterrupted()) {
                        select.setLong(1, 1 + random.nextInt(20_000));
                        try (ResultSet row = select.executeQuery()) {
                            row.next();
                        }
                        reading.countDown();
                    }
                } catch (Exception expected) {
                    // the worker itself may fail: it was told to stop
                }
            });
            worker.start();
            assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 50 && worker.isAlive(); i++) {
                worker.interrupt();
                Thread.sleep(5);
            }
            worker.join(30_000);

            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 ResultSet row = s.executeQuery("SELECT COUNT(*), SUM(LENGTH(text)) FROM filler")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong(1)).isEqualTo(20_000);
            }
        }
    }

    @Test
    void aWorkerInterruptedInTheMiddleOfWritingLeavesTheDatabaseServingOthers(@TempDir Path dataDir) throws Exception {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("cultivar.data.dir", dataDir.toString())::get);
        try (HikariDataSource pool = ConnectionPools.open(settings, PoolTuning.DEFAULT)) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE filler (id BIGINT PRIMARY KEY, text VARCHAR(2000))");
            }
            CountDownLatch writing = new CountDownLatch(1);
            Thread worker = new Thread(() -> {
                try (Connection c = pool.getConnection();
                     PreparedStatement insert = c.prepareStatement("INSERT INTO filler VALUES (?, ?)")) {
                    c.setAutoCommit(false);
                    String text = "x".repeat(1_500);
                    for (long id = 0; !Thread.currentThread().isInterrupted() && id < 5_000_000; id++) {
                        insert.setLong(1, id);
                        insert.setString(2, text);
                        insert.executeUpdate();
                        if (id % 2_000 == 0) {
                            c.commit();
                            writing.countDown();
                        }
                    }
                } catch (Exception expected) {
                    // the worker itself may fail: it was told to stop
                }
            });
            worker.start();
            assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 20 && worker.isAlive(); i++) {
                worker.interrupt();
                Thread.sleep(50);
            }
            worker.join(30_000);

            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO filler VALUES (-1, 'after the interrupt')");
                try (ResultSet row = s.executeQuery("SELECT text FROM filler WHERE id = -1")) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1)).isEqualTo("after the interrupt");
                }
            }
        }
    }
}
