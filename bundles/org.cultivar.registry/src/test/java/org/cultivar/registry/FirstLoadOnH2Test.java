package org.cultivar.registry;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class FirstLoadOnH2Test extends FirstLoadContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
