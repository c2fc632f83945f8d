package org.cultivar.registry;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class EditingOnPostgresTest extends EditingContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
