package org.cultivar.store.pool;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class StoreDatabaseOnPostgresTest extends StoreDatabaseContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
