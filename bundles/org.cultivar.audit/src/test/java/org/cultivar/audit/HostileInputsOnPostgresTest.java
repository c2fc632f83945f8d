package org.cultivar.audit;

import org.cultivar.audit.testing.PostgresTestDatabase;
import org.cultivar.audit.testing.TestDatabase;

class HostileInputsOnPostgresTest extends HostileInputsContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
