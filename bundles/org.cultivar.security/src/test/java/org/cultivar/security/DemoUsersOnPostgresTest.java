package org.cultivar.security;

class DemoUsersOnPostgresTest extends DemoUsersContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
