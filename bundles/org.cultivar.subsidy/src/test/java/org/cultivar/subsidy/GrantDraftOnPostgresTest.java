package org.cultivar.subsidy;

import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;

class GrantDraftOnPostgresTest extends GrantDraftContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
