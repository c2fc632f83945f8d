package org.cultivar.security;

class PasswordChangeOnPostgresTest extends PasswordChangeContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
