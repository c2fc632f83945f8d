package org.cultivar.store;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.sql.DataSource;

import org.cultivar.store.api.Database;
import org.cultivar.store.api.Transactions;
import org.cultivar.store.migration.MigrationExtender;
import org.cultivar.store.migration.MigrationFailure;
import org.cultivar.store.migration.MigrationFailures;
import org.cultivar.store.migration.MigrationRunner;
import org.cultivar.store.pool.ConnectionPools;
import org.cultivar.store.pool.DatabaseSettings;
import org.cultivar.store.pool.DriverRegistrations;
import org.cultivar.store.pool.PoolTuning;
import org.cultivar.store.pool.PoolTuningService;
import org.cultivar.store.pool.StoreDatabase;
import org.cultivar.store.pool.UnreachableDatabaseException;
import org.cultivar.store.tx.ThreadBoundTransactions;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ManagedService;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The store's core is an activator, not a DS component, because the launcher must know when
 * {@code start()} returns whether the database can be reached: a failure is a BundleException
 * whose message is one sentence for the person who started the product.
 */
public final class StoreActivator implements BundleActivator {

    /** Service property of the Database service: one line per owner whose migrations failed. */
    public static final String MIGRATION_FAILURES_PROPERTY = "migration.failures";

    private static final Logger LOG = LoggerFactory.getLogger(StoreActivator.class);

    private HikariDataSource pool;
    private BundleTracker<MigrationExtender.Owner> migrations;

    @Override
    public void start(BundleContext context) throws BundleException {
        DatabaseSettings settings = settings(context);
        try {
            pool = openPool(settings);
            register(context, settings);
        } catch (BundleException | RuntimeException e) {
            stop(context);
            throw e;
        }
        LOG.info("Store started on {}", settings.redactedUrl());
    }

    @Override
    public void stop(BundleContext context) {
        // owners' Schema services go first, the pool last; the framework withdraws the rest
        if (migrations != null) {
            migrations.close();
            migrations = null;
        }
        closePool();
        DriverRegistrations.release();
    }

    private void register(BundleContext context, DatabaseSettings settings) {
        context.registerService(DataSource.class, pool, null);
        context.registerService(Transactions.class, new ThreadBoundTransactions(pool), null);
        ServiceRegistration<Database> database =
                context.registerService(Database.class, new StoreDatabase(settings, pool),
                        properties(MIGRATION_FAILURES_PROPERTY, new String[0]));
        context.registerService(ManagedService.class, new PoolTuningService(pool.getHikariConfigMXBean()),
                properties(Constants.SERVICE_PID, PoolTuning.PID));

        MigrationFailures failures = new MigrationFailures(list -> publish(database, list));
        MigrationRunner runner = new MigrationRunner(pool, StoreActivator.class.getClassLoader());
        migrations = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE,
                new MigrationExtender(context, runner, failures));
        migrations.open();
    }

    /** The host cannot load bundle classes, but it can read a String[] service property. */
    private static void publish(ServiceRegistration<Database> database, List<MigrationFailure> failures) {
        String[] lines = failures.stream().map(MigrationFailure::describe).toArray(String[]::new);
        try {
            database.setProperties(properties(MIGRATION_FAILURES_PROPERTY, lines));
        } catch (IllegalStateException stopping) {
            // the store is stopping; nobody is left to ask
        }
    }

    private static DatabaseSettings settings(BundleContext context) throws BundleException {
        try {
            return DatabaseSettings.from(context::getProperty);
        } catch (IllegalArgumentException e) {
            throw new BundleException(e.getMessage(), BundleException.ACTIVATOR_ERROR, e);
        }
    }

    private static HikariDataSource openPool(DatabaseSettings settings) throws BundleException {
        try {
            return ConnectionPools.open(settings, PoolTuning.DEFAULT);
        } catch (UnreachableDatabaseException e) {
            throw new BundleException(e.getMessage(), BundleException.ACTIVATOR_ERROR, e);
        }
    }

    private void closePool() {
        if (pool != null) {
            pool.close(); // for H2 this closes the database file, its last connection being gone
            pool = null;
        }
    }

    private static Dictionary<String, Object> properties(String key, Object value) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(key, value);
        return properties;
    }
}
