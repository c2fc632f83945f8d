package org.cultivar.registry;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class SearchAndBatchOnH2Test extends SearchAndBatchContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
