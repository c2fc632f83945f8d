package org.cultivar.store.api;

/**
 * Registered by the store once the migrations of one bundle are applied; service property
 * {@value #OWNER_PROPERTY} holds that bundle's symbolic name.
 */
public interface Schema {

    /** Manifest header naming the folder of a bundle's Flyway SQL migrations. */
    String MIGRATIONS_HEADER = "Cultivar-Migrations";

    /** Service property: symbolic name of the bundle that owns the schema. */
    String OWNER_PROPERTY = "schema.owner";

    String owner();

    /** The newest applied migration version, e.g. {@code 3}. */
    String version();

    /** The owner's migration history table. */
    String historyTable();
}
