package org.cultivar.audit;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class ConcurrentAppendOnH2Test extends ConcurrentAppendContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase(AuditFixture.POOL);
    }
}
