package org.cultivar.security;

class FirstStartSetupOnPostgresTest extends FirstStartSetupContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
