package org.cultivar.security;

class HostileInputsOnH2Test extends HostileInputsContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
