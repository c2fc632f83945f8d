package org.cultivar.audit;

import org.cultivar.audit.testing.PostgresTestDatabase;
import org.cultivar.audit.testing.TestDatabase;

class RecordingOnPostgresTest extends RecordingContract {
    @Override
    TestDatabase database() {
        return new PostgresTestDatabase();
    }
}
