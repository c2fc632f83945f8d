package org.cultivar.registry;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class FirstLoadOnPostgresTest extends FirstLoadContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
