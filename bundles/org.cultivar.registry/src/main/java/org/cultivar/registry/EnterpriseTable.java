package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Sector;

/** registry_enterprise: one row per credit code. */
final class EnterpriseTable {

    /** An enterprise with its row id and, for a code accepted by override, the reason. */
    record Stored(long id, Enterprise enterprise, String checkOverrideReason) {
    }

    static final String COLUMNS = "e.id, e.credit_code, e.check_override_reason, e.name_zh, e.name_en, e.region_code, "
            + "e.sector, e.parent_group, e.demo";

    private static final String INSERT = "INSERT INTO registry_enterprise (credit_code, check_override_reason, name_zh, "
            + "name_en, region_code, sector, parent_group, demo, created_at, updated_at, top_tier, top_status, "
            + "top_valid_until, red_flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE = "UPDATE registry_enterprise SET name_zh = ?, name_en = ?, region_code = ?, "
            + "sector = ?, parent_group = ?, updated_at = ? WHERE id = ?";

    private EnterpriseTable() {
    }

    static Stored read(ResultSet row) throws SQLException {
        String code = row.getString("credit_code");
        CreditCode creditCode = CreditCode.isValid(code) ? CreditCode.parse(code) : CreditCode.overridingCheck(code);
        Enterprise enterprise = new Enterprise(creditCode, row.getString("name_zh"), row.getString("name_en"),
                RegionCode.of(row.getString("region_code")), Sector.valueOf(row.getString("sector")),
                row.getString("parent_group"), row.getBoolean("demo"));
        return new Stored(row.getLong("id"), enterprise, row.getString("check_override_reason"));
    }

    static Optional<Stored> find(Connection c, CreditCode code) throws SQLException {
        return findOne(c, "SELECT " + COLUMNS + " FROM registry_enterprise e WHERE e.credit_code = ?", code.value());
    }

    /** Locks the row, so two clerks correcting the same enterprise take turns. */
    static Optional<Stored> findForUpdate(Connection c, CreditCode code) throws SQLException {
        return findOne(c, "SELECT " + COLUMNS + " FROM registry_enterprise e WHERE e.credit_code = ? FOR UPDATE", code.value());
    }

    static Optional<Stored> find(Connection c, long id) throws SQLException {
        return findOne(c, "SELECT " + COLUMNS + " FROM registry_enterprise e WHERE e.id = ?", id);
    }

    private static Optional<Stored> findOne(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    /** The stored enterprises among the codes, by code, in one query. */
    static Map<String, Stored> findAll(Connection c, Collection<String> codes) throws SQLException {
        Map<String, Stored> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                + " FROM registry_enterprise e WHERE e.credit_code IN (" + Jdbc.placeholders(codes.size()) + ")")) {
            Jdbc.setAll(select, 1, codes);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Stored stored = read(rows);
                    found.put(stored.enterprise().creditCode().value(), stored);
                }
            }
        }
        return found;
    }

    /** A new enterprise without titles or flags yet (the caller refreshes them). */
    static long insert(Connection c, ValidEnterprise enterprise, boolean demo, Instant now) throws SQLException {
        return insertAll(c, List.of(enterprise), List.of(new EnterpriseRefresh.Summary(null, null, null, 0)), demo, now)
                .get(0);
    }

    /** Inserts in one JDBC batch, each with its search columns already computed; the new ids in the order given. */
    static List<Long> insertAll(Connection c, List<ValidEnterprise> enterprises, List<EnterpriseRefresh.Summary> summaries,
                                boolean demo, Instant now) throws SQLException {
        List<Long> ids = new ArrayList<>(enterprises.size());
        if (enterprises.isEmpty()) {
            return ids;
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT, new String[] {"id"})) {
            for (int i = 0; i < enterprises.size(); i++) {
                ValidEnterprise enterprise = enterprises.get(i);
                EnterpriseRefresh.Summary summary = summaries.get(i);
                insert.setString(1, enterprise.creditCode().value());
                Jdbc.setText(insert, 2, enterprise.overrideReason());
                insert.setString(3, enterprise.nameZh());
                Jdbc.setText(insert, 4, enterprise.nameEn());
                insert.setString(5, enterprise.region().code());
                insert.setString(6, enterprise.sector().name());
                Jdbc.setText(insert, 7, enterprise.parentGroup());
                insert.setBoolean(8, demo);
                Jdbc.setInstant(insert, 9, now);
                Jdbc.setInstant(insert, 10, now);
                Jdbc.setName(insert, 11, summary.tier());
                Jdbc.setName(insert, 12, summary.status());
                Jdbc.setDate(insert, 13, summary.validUntil());
                insert.setInt(14, summary.redFlagBits());
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != enterprises.size()) {
            throw new SQLException("Expected " + enterprises.size() + " generated ids, got " + ids.size());
        }
        return ids;
    }

    static void update(Connection c, long id, ValidEnterprise enterprise, Instant now) throws SQLException {
        updateAll(c, Map.of(id, enterprise), now);
    }

    static void updateAll(Connection c, Map<Long, ValidEnterprise> enterprises, Instant now) throws SQLException {
        if (enterprises.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(UPDATE)) {
            for (Map.Entry<Long, ValidEnterprise> entry : enterprises.entrySet()) {
                ValidEnterprise enterprise = entry.getValue();
                update.setString(1, enterprise.nameZh());
                Jdbc.setText(update, 2, enterprise.nameEn());
                update.setString(3, enterprise.region().code());
                update.setString(4, enterprise.sector().name());
                Jdbc.setText(update, 5, enterprise.parentGroup());
                Jdbc.setInstant(update, 6, now);
                update.setLong(7, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Largest minus smallest id plus one: the row count give or take rolled-back ids, read from the index ends. */
    static long idSpan(Connection c) throws SQLException {
        try (Statement statement = c.createStatement();
             ResultSet row = statement.executeQuery("SELECT MIN(id), MAX(id) FROM registry_enterprise")) {
            row.next();
            long min = row.getLong(1);
            return row.wasNull() ? 0 : row.getLong(2) - min + 1;
        }
    }
}
