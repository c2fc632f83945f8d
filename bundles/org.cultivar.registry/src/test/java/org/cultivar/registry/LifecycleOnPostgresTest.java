package org.cultivar.registry;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class LifecycleOnPostgresTest extends LifecycleContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
