package org.cultivar.audit;

import org.cultivar.audit.testing.H2TestDatabase;
import org.cultivar.audit.testing.TestDatabase;

class HostileInputsOnH2Test extends HostileInputsContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
