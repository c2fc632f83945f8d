package org.cultivar.store.migration;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class MigrationRunnerOnH2Test extends MigrationRunnerContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
