package org.cultivar.security;

class UserDirectoryAuthorizationOnH2Test extends UserDirectoryAuthorizationContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
