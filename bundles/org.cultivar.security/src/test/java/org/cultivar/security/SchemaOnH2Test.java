package org.cultivar.security;

class SchemaOnH2Test extends SchemaContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
