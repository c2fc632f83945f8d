package org.cultivar.security;

class DemoUsersOnH2Test extends DemoUsersContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
