package org.cultivar.subsidy;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class ApprovalOnH2Test extends ApprovalContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
