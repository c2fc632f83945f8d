package org.cultivar.registry;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class EditingOnH2Test extends EditingContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
