/**
 * The store's contract with other bundles.
 *
 * <p>A bundle that owns tables declares its Flyway SQL migrations with the manifest header
 * {@value org.cultivar.store.api.Schema#MIGRATIONS_HEADER} (a folder inside the bundle, e.g.
 * {@code db/migration}). The store applies them when that bundle starts, in a history table of
 * the bundle's own, and then registers a {@link org.cultivar.store.api.Schema} service with
 * {@code schema.owner=<symbolic name>}; components that use the tables reference that service
 * so that they activate only once their schema is in place.
 *
 * <p>1.1: {@link org.cultivar.store.api.Transactions#beforeCommit} and
 * {@link org.cultivar.store.api.Transactions#resource}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cultivar.store.api;
