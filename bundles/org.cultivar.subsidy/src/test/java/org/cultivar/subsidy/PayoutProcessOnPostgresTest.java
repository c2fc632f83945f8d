package org.cultivar.subsidy;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class PayoutProcessOnPostgresTest extends PayoutProcessContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
