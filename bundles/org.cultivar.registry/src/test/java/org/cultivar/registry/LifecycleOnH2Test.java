package org.cultivar.registry;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class LifecycleOnH2Test extends LifecycleContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
