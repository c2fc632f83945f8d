package org.cultivar.security;

class SignInOnPostgresTest extends SignInContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
