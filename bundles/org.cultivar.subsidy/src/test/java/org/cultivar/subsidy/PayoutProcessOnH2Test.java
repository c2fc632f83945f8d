package org.cultivar.subsidy;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class PayoutProcessOnH2Test extends PayoutProcessContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
