package org.cultivar.audit.testing;

import org.cultivar.store.api.Database;

import com.zaxxer.hikari.HikariDataSource;

/** A database the same test classes run against: H2 in memory or a real PostgreSQL. */
public interface TestDatabase {

    Database.Kind kind();

    /** A new, empty database behind a pool opened by the store's own code. */
    HikariDataSource freshPool();
}
