package org.cultivar.store.migration;

/**
 * Migrations could not be applied.
 *
 * @see #migration()
 */
public class MigrationFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String migration;

    public MigrationFailedException(String migration, String databaseMessage, Throwable cause) {
        super(databaseMessage, cause);
        this.migration = migration;
    }

    /** The file that failed, e.g. {@code V2__add_budget.sql}; {@code null} when no single file is to blame. */
    public String migration() {
        return migration;
    }
}
