package org.cultivar.subsidy;

import org.cultivar.store.testing.H2TestDatabase;
import org.cultivar.store.testing.TestDatabase;

class ScheduleChangesOnH2Test extends ScheduleChangesContract {
    @Override
    TestDatabase database() {
        return new H2TestDatabase();
    }
}
