package org.cultivar.subsidy;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cultivar.core.api.money.Money;

/** The few conversions and statement shapes every table needs, with SQL NULL for Java null. */
final class Jdbc {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Jdbc() {
    }

    static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        bind(statement, parameters);
        return statement;
    }

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Inserts a row and returns its generated id. */
    static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, new String[] {"id"})) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, parameters); ResultSet rows = statement.executeQuery()) {
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(mapper.map(rows));
            }
            return found;
        }
    }

    static <T> java.util.Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        List<T> found = list(c, sql, mapper, parameters);
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(0));
    }

    /** Money as NUMERIC, dates as DATE, instants as TIMESTAMP, enums by name, null as typed NULL. */
    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            int index = i + 1;
            if (value == null) {
                // untyped, so the server takes the column's type (PostgreSQL refuses a VARCHAR null for NUMERIC)
                statement.setNull(index, Types.NULL);
            } else if (value instanceof Money money) {
                statement.setBigDecimal(index, money.yuan());
            } else if (value instanceof LocalDate day) {
                statement.setDate(index, Date.valueOf(day));
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(index, Timestamp.from(instant));
            } else if (value instanceof Enum<?> name) {
                statement.setString(index, name.name());
            } else if (value instanceof byte[] bytes) {
                statement.setBytes(index, bytes);
            } else {
                statement.setObject(index, value);
            }
        }
    }

    static Money money(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return value == null ? null : Money.ofYuan(value);
    }

    static Long longOrNull(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    static <E extends Enum<E>> E named(Class<E> type, ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** One statement run for every row of parameters as a JDBC batch; the update count of each row. */
    static int[] batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (BatchUpdateException e) {
            throw withReason(e);
        }
    }

    /**
     * A failed JDBC batch names its statement; the database's reason (and its own causes, such as
     * the row H2 could not find) hangs on the next exception, which stack traces do not print.
     */
    private static BatchUpdateException withReason(BatchUpdateException e) {
        if (e.getCause() == null && e.getNextException() != null) {
            e.initCause(e.getNextException());
        }
        return e;
    }

    /**
     * {@link #insert} for every row of parameters as one JDBC batch: the generated ids, in the
     * order of the rows (both H2 and the PostgreSQL driver return a batch's keys in that order).
     */
    static List<Long> insertAll(Connection c, String sql, List<Object[]> rows) throws SQLException {
        List<Long> ids = new ArrayList<>(rows.size());
        if (rows.isEmpty()) {
            return ids;
        }
        try (PreparedStatement statement = c.prepareStatement(sql, new String[] {"id"})) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        } catch (BatchUpdateException e) {
            throw withReason(e);
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("The database returned " + ids.size() + " generated ids for " + rows.size() + " rows");
        }
        return ids;
    }

    /** {@code ?, ?, ?} for an IN list of the given length (at least one). */
    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** {@code (?), (?), (?)} for a one-column VALUES table of the given length (at least one). */
    static String valueRows(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "(?)"));
    }

    static long count(Connection c, String sql, Object... parameters) throws SQLException {
        return one(c, sql, row -> row.getLong(1), parameters).orElse(0L);
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
