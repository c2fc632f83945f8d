package org.cultivar.audit;

import org.cultivar.audit.testing.H2TestDatabase;
import org.cultivar.audit.testing.TestDatabase;

class BrowsingOnH2Test extends BrowsingContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
