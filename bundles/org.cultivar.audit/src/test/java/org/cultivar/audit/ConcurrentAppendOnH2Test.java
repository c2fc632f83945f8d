package org.cultivar.audit;

import org.cultivar.audit.testing.H2TestDatabase;
import org.cultivar.audit.testing.TestDatabase;

class ConcurrentAppendOnH2Test extends ConcurrentAppendContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
