package org.cultivar.audit;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class HeadPerTransactionOnH2Test extends HeadPerTransactionContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase(AuditFixture.POOL);
    }
}
