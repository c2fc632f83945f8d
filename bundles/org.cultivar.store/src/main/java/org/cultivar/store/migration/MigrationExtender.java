package org.cultivar.store.migration;

import java.util.Map;

import org.cultivar.store.api.Schema;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extender: when a bundle with a {@value Schema#MIGRATIONS_HEADER} header starts, applies
 * its migrations and registers its {@link Schema}; when it stops, withdraws them. Migrations run
 * synchronously in the bundle event, so they are in place before the owner's activator runs.
 */
public final class MigrationExtender implements BundleTrackerCustomizer<MigrationExtender.Owner> {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExtender.class);

    private final BundleContext context;
    private final MigrationRunner runner;
    private final MigrationFailures failures;

    public MigrationExtender(BundleContext context, MigrationRunner runner, MigrationFailures failures) {
        this.context = context;
        this.runner = runner;
        this.failures = failures;
    }

    /** A tracked owner; {@code schema} is null when its migrations failed. */
    public record Owner(String symbolicName, ServiceRegistration<Schema> schema) {
    }

    @Override
    public Owner addingBundle(Bundle bundle, BundleEvent event) {
        String folder = bundle.getHeaders("").get(Schema.MIGRATIONS_HEADER);
        if (folder == null || folder.isBlank()) {
            return null;
        }
        String owner = bundle.getSymbolicName();
        String historyTable = HistoryTables.forOwner(owner);
        try {
            String version = runner.migrate(historyTable, BundleMigrations.read(bundle, folder.trim()));
            failures.clear(owner);
            LOG.info("Schema of {} is at version {} (history in {})", owner, version, historyTable);
            return new Owner(owner, context.registerService(Schema.class,
                    new OwnerSchema(owner, version, historyTable),
                    FrameworkUtil.asDictionary(Map.of(Schema.OWNER_PROPERTY, owner))));
        } catch (MigrationFailedException e) {
            LOG.debug("Flyway's account of the failure", e); // the one-line summary follows
            return failed(new MigrationFailure(owner, e.migration(), e.getMessage()), null);
        } catch (RuntimeException e) {
            return failed(new MigrationFailure(owner, null, e.toString()), e);
        }
    }

    /** @param unexpected logged with its stack trace; null for an ordinary SQL or Flyway failure */
    private Owner failed(MigrationFailure failure, RuntimeException unexpected) {
        failures.record(failure);
        LOG.error("Migrations of bundle {} failed{}, so its schema is not available: {}", failure.owner(),
                failure.migration() == null ? "" : " in " + failure.migration(), failure.message(), unexpected);
        return new Owner(failure.owner(), null);
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Owner owner) {
        // STARTING -> ACTIVE changes nothing: the schema is already in place
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Owner owner) {
        if (owner.schema() != null) {
            try {
                owner.schema().unregister();
            } catch (IllegalStateException alreadyGone) {
                // the store itself is stopping and the framework got there first
            }
        }
        failures.clear(owner.symbolicName());
    }
}
