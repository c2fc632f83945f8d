package org.cultivar.subsidy;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class ApprovalOnPostgresTest extends ApprovalContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
