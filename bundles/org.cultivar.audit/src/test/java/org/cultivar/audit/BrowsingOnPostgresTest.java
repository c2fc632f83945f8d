package org.cultivar.audit;

import org.cultivar.audit.testing.PostgresTestDatabase;
import org.cultivar.audit.testing.TestDatabase;

class BrowsingOnPostgresTest extends BrowsingContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
