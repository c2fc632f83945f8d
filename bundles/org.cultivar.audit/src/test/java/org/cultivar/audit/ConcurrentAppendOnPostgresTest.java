package org.cultivar.audit;

import org.cultivar.audit.testing.PostgresTestDatabase;
import org.cultivar.audit.testing.TestDatabase;

class ConcurrentAppendOnPostgresTest extends ConcurrentAppendContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
