package org.cultivar.security;

class UserDirectoryAuthorizationOnPostgresTest extends UserDirectoryAuthorizationContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
