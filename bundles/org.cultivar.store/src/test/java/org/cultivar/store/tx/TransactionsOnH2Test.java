package org.cultivar.store.tx;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class TransactionsOnH2Test extends TransactionsContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
