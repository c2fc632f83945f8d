package org.cultivar.audit;

import org.cultivar.audit.testing.PostgresTestDatabase;
import org.cultivar.audit.testing.TestDatabase;

class VerificationOnPostgresTest extends VerificationContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
