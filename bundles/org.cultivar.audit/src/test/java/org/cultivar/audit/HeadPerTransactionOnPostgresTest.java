package org.cultivar.audit;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class HeadPerTransactionOnPostgresTest extends HeadPerTransactionContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase(AuditFixture.POOL);
    }
}
