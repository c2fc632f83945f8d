package org.cultivar.security;

class FirstStartSetupOnH2Test extends FirstStartSetupContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
