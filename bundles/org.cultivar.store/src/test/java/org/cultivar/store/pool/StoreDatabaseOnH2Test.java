package org.cultivar.store.pool;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class StoreDatabaseOnH2Test extends StoreDatabaseContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
