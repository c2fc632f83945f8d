package org.cultivar.security;

class PasswordChangeOnH2Test extends PasswordChangeContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
