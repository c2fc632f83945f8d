package org.cultivar.store.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.cultivar.store.pool.DatabaseMessages;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.exception.FlywayMigrateException;

/**
 * Applies one owner's migrations with Flyway, in the owner's own history table. Knows nothing
 * of OSGi: the extender reads the migrations out of the bundle and passes them in.
 */
public final class MigrationRunner {

    private final DataSource dataSource;
    private final ClassLoader flywayClassLoader;

    /**
     * @param flywayClassLoader sees Flyway and its database plugins; Flyway finds those through
     *                          ServiceLoader on the thread context class loader
     */
    public MigrationRunner(DataSource dataSource, ClassLoader flywayClassLoader) {
        this.dataSource = dataSource;
        this.flywayClassLoader = flywayClassLoader;
    }

    /**
     * Applies what is pending and returns the newest applied version ("0" when none). One owner
     * at a time: bundles starting together must not race to create their tables.
     */
    public synchronized String migrate(String historyTable, List<Migration> migrations)
            throws MigrationFailedException {
        if (!historyTable.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a history table name: " + historyTable);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(flywayClassLoader);
        try {
            Flyway flyway = flyway(historyTable, migrations);
            apply(flyway, historyTable);
            MigrationInfo current = flyway.info().current();
            return current == null || current.getVersion() == null ? "0" : current.getVersion().getVersion();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void apply(Flyway flyway, String historyTable) throws MigrationFailedException {
        try {
            flyway.migrate();
        } catch (FlywayMigrateException e) {
            forgetFailedMigrations(historyTable, e);
            String script = e.getMigration() == null ? null : e.getMigration().getScript();
            throw new MigrationFailedException(script, DatabaseMessages.of(e), e);
        } catch (FlywayException e) {
            throw new MigrationFailedException(null, DatabaseMessages.of(e), e);
        }
    }

    private Flyway flyway(String historyTable, List<Migration> migrations) {
        return Flyway.configure(flywayClassLoader)
                .dataSource(dataSource)
                .table(historyTable)
                .resourceProvider(new MigrationResources(migrations))
                .javaMigrationClassProvider(List::of)
                // other owners' tables already live in the schema: start this owner's history at 0
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .loggers("slf4j")
                .load();
    }

    /**
     * Flyway records a failed migration on databases without transactional DDL (H2), and then
     * refuses every later run until a "repair". Removing the row leaves the history as it was,
     * so the fixed migration is simply tried again; statements that H2 had already committed
     * stay, which is why migrations meant for H2 should be safe to re-run.
     */
    private void forgetFailedMigrations(String historyTable, FlywayMigrateException failure) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM \"" + historyTable + "\" WHERE \"success\" = FALSE");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
