package org.cultivar.security;

class HostileInputOnPostgresTest extends HostileInputContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
