package org.cultivar.subsidy;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class GrantDraftOnH2Test extends GrantDraftContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
