package org.cultivar.audit;

import org.cultivar.audit.testing.H2TestDatabase;
import org.cultivar.audit.testing.TestDatabase;

class VerificationOnH2Test extends VerificationContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
