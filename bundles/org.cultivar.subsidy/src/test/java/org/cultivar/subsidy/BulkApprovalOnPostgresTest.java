package org.cultivar.subsidy;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class BulkApprovalOnPostgresTest extends BulkApprovalContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
