package org.cultivar.store.pool;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;

/** Opens the Hikari pool and proves, before anyone relies on it, that it can connect. */
public final class ConnectionPools {

    private ConnectionPools() {
    }

    /**
     * Opens a pool or fails within about the connection timeout (opening one connection may
     * take that long) with a message naming the URL, without credentials, and the reason.
     */
    public static HikariDataSource open(DatabaseSettings settings, PoolTuning tuning)
            throws UnreachableDatabaseException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("cultivar");
        // the driver's own DataSource: no DriverManager, which cannot see drivers inside a bundle
        config.setDataSource(vendorDataSource(settings));
        config.setMaximumPoolSize(tuning.maximumPoolSize());
        config.setConnectionTimeout(tuning.connectionTimeoutMs());
        // one attempt at start: fail now rather than hand out a pool that cannot connect
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (PoolInitializationException e) {
            throw new UnreachableDatabaseException(
                    "Cannot reach the database at " + settings.redactedUrl() + ": " + DatabaseMessages.of(e), e);
        }
    }

    private static DataSource vendorDataSource(DatabaseSettings settings) {
        switch (settings.kind()) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(settings.url());
                h2.setUser(settings.user());
                h2.setPassword(settings.password());
                return h2;
            }
            case POSTGRESQL -> {
                PGSimpleDataSource postgres = new PGSimpleDataSource();
                postgres.setURL(settings.url());
                if (settings.user() != null) {
                    postgres.setUser(settings.user());
                }
                if (settings.password() != null) {
                    postgres.setPassword(settings.password());
                }
                return postgres;
            }
            default -> throw new IllegalArgumentException("Unsupported database: " + settings.kind());
        }
    }
}
