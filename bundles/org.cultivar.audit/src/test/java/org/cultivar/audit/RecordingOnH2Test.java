package org.cultivar.audit;

import org.cultivar.audit.testing.H2TestDatabase;
import org.cultivar.audit.testing.TestDatabase;

class RecordingOnH2Test extends RecordingContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
