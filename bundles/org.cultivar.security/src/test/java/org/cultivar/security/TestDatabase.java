package org.cultivar.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.cultivar.store.migration.HistoryTables;
import org.cultivar.store.migration.Migration;
import org.cultivar.store.migration.MigrationFailedException;
import org.cultivar.store.migration.MigrationRunner;
import org.cultivar.store.pool.ConnectionPools;
import org.cultivar.store.pool.DatabaseSettings;
import org.cultivar.store.pool.PoolTuning;
import org.cultivar.store.pool.UnreachableDatabaseException;
import org.h2.jdbcx.JdbcDataSource;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The two databases Cultivar runs on. Each test gets a new database with this bundle's migrations
 * applied by the store's own migration runner, as the store does at bundle start.
 */
enum TestDatabase {

    H2 {
        @Override
        Instance create() {
            JdbcDataSource dataSource = new JdbcDataSource();
            // the options the store itself opens H2 with
            dataSource.setURL("jdbc:h2:mem:security-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
                    + DatabaseSettings.H2_OPTIONS);
            dataSource.setUser("sa");
            dataSource.setPassword("");
            return new Instance(migrated(dataSource), "SHUTDOWN", null);
        }
    },

    POSTGRESQL {
        @Override
        Instance create() {
            String name = "security_test_" + DATABASE_NUMBER.incrementAndGet();
            DataSource server = Postgres.SERVER.getPostgresDatabase();
            // a copy of the database migrated once: CREATE DATABASE ... TEMPLATE is much faster than Flyway
            execute(server, "CREATE DATABASE " + name + " TEMPLATE " + Postgres.MIGRATED_TEMPLATE);
            // pooled, as the store runs it: a new PostgreSQL connection for every transaction takes
            // about ten milliseconds, which adds up over the thousands of hostile-input cases
            HikariDataSource pool = pool("jdbc:postgresql://localhost:" + Postgres.SERVER.getPort() + "/" + name);
            return new Instance(pool, null, () -> {
                pool.close();
                execute(server, "DROP DATABASE " + name + " WITH (FORCE)");
            });
        }
    };

    private static final AtomicInteger DATABASE_NUMBER = new AtomicInteger();

    abstract Instance create();

    /** One test's database; closing it drops it. */
    record Instance(DataSource dataSource, String closingStatement, Runnable drop) implements AutoCloseable {
        @Override
        public void close() {
            if (closingStatement != null) {
                execute(dataSource, closingStatement);
            }
            if (drop != null) {
                drop.run();
            }
        }
    }

    /**
     * Started once for all tests. A server that cannot start fails every PostgreSQL test: a
     * skipped database test would hide exactly the portability problem it exists to find.
     */
    private static final class Postgres {
        static final EmbeddedPostgres SERVER = start();
        static final String MIGRATED_TEMPLATE = migratedTemplate();

        private static String migratedTemplate() {
            String name = "security_migrated";
            execute(SERVER.getPostgresDatabase(), "CREATE DATABASE " + name);
            migrated(SERVER.getDatabase("postgres", name));
            return name;
        }

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        e.printStackTrace();
                    }
                }));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start (initdb refuses to run as root: "
                        + "run the build as an unprivileged user)", e);
            }
        }
    }

    /** Room for the threads of the concurrency tests; the embedded server trusts its local superuser. */
    private static HikariDataSource pool(String url) {
        try {
            return ConnectionPools.open(new DatabaseSettings(url, "postgres", null), new PoolTuning(10, 30_000));
        } catch (UnreachableDatabaseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource migrated(DataSource dataSource) {
        try {
            new MigrationRunner(dataSource, MigrationRunner.class.getClassLoader())
                    .migrate(HistoryTables.forOwner("org.cultivar.security"), migrations());
            return dataSource;
        } catch (MigrationFailedException e) {
            throw new IllegalStateException("Migrations failed: " + e.getMessage(), e);
        }
    }

    /** The bundle's migrations as the store reads them from the bundle: every file of db/migration. */
    private static List<Migration> migrations() {
        try {
            Path folder = Path.of(TestDatabase.class.getClassLoader().getResource("db/migration").toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.sorted().map(file -> new Migration(file.getFileName().toString(), read(file))).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
