package org.cultivar.security;

class HostileInputOnH2Test extends HostileInputContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
