package org.cultivar.audit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.cultivar.store.api.Database;
import org.cultivar.store.pool.ConnectionPools;
import org.cultivar.store.pool.DatabaseSettings;
import org.cultivar.store.pool.UnreachableDatabaseException;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server, one per test JVM, with a new database for every pool. If the
 * server cannot start (e.g. run as root, where initdb refuses), every test using it fails:
 * it is never skipped.
 */
public final class PostgresTestDatabase implements TestDatabase {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    @Override
    public Database.Kind kind() {
        return Database.Kind.POSTGRESQL;
    }

    @Override
    public HikariDataSource freshPool() {
        String name = "audit" + NEXT.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
        try {
            // the embedded server trusts local connections of its superuser
            return ConnectionPools.open(new DatabaseSettings(url, "postgres", null), TestPools.TUNING);
        } catch (UnreachableDatabaseException e) {
            throw new IllegalStateException(e);
        }
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
