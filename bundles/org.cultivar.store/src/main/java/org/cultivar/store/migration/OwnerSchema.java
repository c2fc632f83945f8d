package org.cultivar.store.migration;

import org.cultivar.store.api.Schema;

/** The {@link Schema} service registered once an owner's migrations are applied. */
record OwnerSchema(String owner, String version, String historyTable) implements Schema {
}
