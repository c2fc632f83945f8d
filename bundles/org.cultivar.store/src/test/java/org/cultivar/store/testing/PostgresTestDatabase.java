package org.cultivar.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.cultivar.store.api.Database;
import org.cultivar.store.pool.ConnectionPools;
import org.cultivar.store.pool.DatabaseSettings;
import org.cultivar.store.pool.PoolTuning;
import org.cultivar.store.pool.UnreachableDatabaseException;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server, one per test JVM, with a new database for every pool. If the
 * server cannot start (e.g. run as root, where initdb refuses), every test using it fails:
 * it is never skipped.
 */
public final class PostgresTestDatabase implements TestDatabase {

    /** The embedded server trusts local connections of its superuser. */
    public static final String USER = "postgres";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final PoolTuning tuning;

    public PostgresTestDatabase() {
        this(PoolTuning.DEFAULT);
    }

    /** With pool settings of the caller's choosing, e.g. room for many concurrent threads. */
    public PostgresTestDatabase(PoolTuning tuning) {
        this.tuning = tuning;
    }
    private static EmbeddedPostgres server;

    @Override
    public Database.Kind kind() {
        return Database.Kind.POSTGRESQL;
    }

    @Override
    public HikariDataSource freshPool() {
        try {
            return ConnectionPools.open(new DatabaseSettings(freshDatabaseUrl(), USER, null), tuning);
        } catch (UnreachableDatabaseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new, empty database on the shared server. */
    public static String freshDatabaseUrl() {
        String name = "test" + NEXT.incrementAndGet();
        TestDatabase.execute(server().getPostgresDatabase(), "CREATE DATABASE " + name);
        return url(name);
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start; note that initdb refuses to run as root", e);
            }
        }
        return server;
    }
}
