package org.cultivar.subsidy;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class ScheduleChangesOnPostgresTest extends ScheduleChangesContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
