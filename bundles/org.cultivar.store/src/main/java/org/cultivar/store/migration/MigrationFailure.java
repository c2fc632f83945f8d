package org.cultivar.store.migration;

/**
 * An owner whose migrations could not be applied, as long as that owner is started.
 *
 * @param migration the failing file, or {@code null} when no single file is to blame (e.g. an
 *                  applied migration was edited afterwards)
 * @param message   the database's (or Flyway's) own words, on one line
 */
public record MigrationFailure(String owner, String migration, String message) {

    /** One line for logs and for the {@code migration.failures} service property. */
    public String describe() {
        return owner + ": " + (migration == null ? "" : migration + ": ") + message;
    }
}
