package org.cultivar.security;

class UserDirectoryValidationOnPostgresTest extends UserDirectoryValidationContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
