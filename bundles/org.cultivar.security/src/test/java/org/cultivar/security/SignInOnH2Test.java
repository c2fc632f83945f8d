package org.cultivar.security;

class SignInOnH2Test extends SignInContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
