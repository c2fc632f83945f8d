package org.cultivar.security;

class HostileInputsOnPostgresTest extends HostileInputsContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
