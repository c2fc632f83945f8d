package org.cultivar.store.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.cultivar.store.api.Database;

import com.zaxxer.hikari.HikariDataSource;

/** A database the same test classes run against: H2 in memory or a real PostgreSQL. */
public interface TestDatabase {

    Database.Kind kind();

    /** A new, empty database behind a pool opened by the store's own code. */
    HikariDataSource freshPool();

    /** Runs statements outside any transaction of the code under test. */
    static void execute(DataSource dataSource, String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(DataSource dataSource, String query) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
