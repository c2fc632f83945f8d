package org.cultivar.security;

class UserDirectoryValidationOnH2Test extends UserDirectoryValidationContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
