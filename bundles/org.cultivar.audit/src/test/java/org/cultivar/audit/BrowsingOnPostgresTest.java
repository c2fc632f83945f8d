package org.cultivar.audit;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class BrowsingOnPostgresTest extends BrowsingContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase(AuditFixture.POOL);
    }
}
