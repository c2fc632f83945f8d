package org.cultivar.audit;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class VerificationOnPostgresTest extends VerificationContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase(AuditFixture.POOL);
    }
}
