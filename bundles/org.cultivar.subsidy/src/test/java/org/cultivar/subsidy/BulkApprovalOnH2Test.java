package org.cultivar.subsidy;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class BulkApprovalOnH2Test extends BulkApprovalContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
