/**
 * The store bundle: pooled DataSource, thread-bound transactions and the migration extender.
 * Nothing here is exported; other bundles use the services of {@code org.cultivar.store.api}.
 */
package org.cultivar.store;
