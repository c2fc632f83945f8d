package org.cultivar.store.api;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on the transaction's connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
