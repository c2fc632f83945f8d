package org.cultivar.registry;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class SearchAndBatchOnPostgresTest extends SearchAndBatchContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
