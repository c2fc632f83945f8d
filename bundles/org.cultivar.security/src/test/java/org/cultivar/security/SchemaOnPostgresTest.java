package org.cultivar.security;

class SchemaOnPostgresTest extends SchemaContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
