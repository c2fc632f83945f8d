package org.cultivar.store.tx;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class TransactionsOnPostgresTest extends TransactionsContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
