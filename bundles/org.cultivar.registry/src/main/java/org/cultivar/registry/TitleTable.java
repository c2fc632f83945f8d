package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleStatus;

/** registry_title: the titles, with the enterprise row they belong to. */
final class TitleTable {

    /** A title with the id of its enterprise's row. */
    record Stored(long enterpriseId, Title title) {
    }

    /** A title to insert. */
    record NewTitle(long enterpriseId, Tier tier, CertifyingLevel level, String authority, String batch,
                    LocalDate grantDate, LocalDate validUntil, TitleStatus status, LocalDate endedOn,
                    Long predecessorId, String operation) {
    }

    static final String SELECT = "SELECT t.id, t.enterprise_id, e.credit_code, t.tier, t.level, t.authority, t.batch, "
            + "t.grant_date, t.valid_until, t.status, t.ended_on, t.predecessor_id FROM registry_title t "
            + "JOIN registry_enterprise e ON e.id = t.enterprise_id ";

    /** The statuses of titles that still count (subject to their dates), as an SQL list. */
    static final String IN_FORCE = "('GRANTED', 'ACTIVE', 'DUE_FOR_REEVALUATION', 'RENEWED')";

    private TitleTable() {
    }

    static Stored read(ResultSet row) throws SQLException {
        String code = row.getString("credit_code");
        CreditCode creditCode = CreditCode.isValid(code) ? CreditCode.parse(code) : CreditCode.overridingCheck(code);
        Title title = new Title(row.getLong("id"), creditCode, Tier.valueOf(row.getString("tier")),
                CertifyingLevel.valueOf(row.getString("level")), row.getString("authority"), row.getString("batch"),
                Jdbc.date(row, "grant_date"), Jdbc.date(row, "valid_until"), TitleStatus.valueOf(row.getString("status")),
                Jdbc.date(row, "ended_on"), Jdbc.longOrNull(row, "predecessor_id"));
        return new Stored(row.getLong("enterprise_id"), title);
    }

    static List<Stored> list(Connection c, String whereAndOrder, Object... parameters) throws SQLException {
        List<Stored> titles = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(SELECT + whereAndOrder)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    titles.add(read(rows));
                }
            }
        }
        return titles;
    }

    static Optional<Stored> find(Connection c, long id) throws SQLException {
        return list(c, "WHERE t.id = ?", id).stream().findFirst();
    }

    /** Locks the title, so two officials deciding on it take turns and the second sees the first's result. */
    static Optional<Stored> findForUpdate(Connection c, long id) throws SQLException {
        return list(c, "WHERE t.id = ? FOR UPDATE", id).stream().findFirst();
    }

    /** The enterprise's titles, oldest first. */
    static List<Title> ofEnterprise(Connection c, long enterpriseId) throws SQLException {
        return list(c, "WHERE t.enterprise_id = ? ORDER BY t.grant_date, t.id", enterpriseId).stream()
                .map(Stored::title).toList();
    }

    /** The titles of several enterprises, oldest first, in one query. */
    static Map<Long, List<Title>> ofEnterprises(Connection c, Collection<Long> enterpriseIds) throws SQLException {
        Map<Long, List<Title>> titles = new HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return titles;
        }
        for (Stored stored : list(c, "WHERE t.enterprise_id IN (" + Jdbc.placeholders(enterpriseIds.size())
                + ") ORDER BY t.grant_date, t.id", enterpriseIds.toArray())) {
            titles.computeIfAbsent(stored.enterpriseId(), id -> new ArrayList<>()).add(stored.title());
        }
        return titles;
    }

    static long insert(Connection c, NewTitle title) throws SQLException {
        return insertAll(c, List.of(title)).get(0);
    }

    /** Inserts in one JDBC batch; the new ids in the order given. */
    static List<Long> insertAll(Connection c, List<NewTitle> titles) throws SQLException {
        List<Long> ids = new ArrayList<>(titles.size());
        if (titles.isEmpty()) {
            return ids;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO registry_title (enterprise_id, tier, level, "
                + "authority, batch, grant_date, valid_until, status, ended_on, predecessor_id, operation) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            for (NewTitle title : titles) {
                insert.setLong(1, title.enterpriseId());
                insert.setString(2, title.tier().name());
                insert.setString(3, title.level().name());
                insert.setString(4, title.authority());
                Jdbc.setText(insert, 5, title.batch());
                Jdbc.setDate(insert, 6, title.grantDate());
                Jdbc.setDate(insert, 7, title.validUntil());
                insert.setString(8, title.status().name());
                Jdbc.setDate(insert, 9, title.endedOn());
                Jdbc.setLong(insert, 10, title.predecessorId());
                Jdbc.setText(insert, 11, title.operation());
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != titles.size()) {
            throw new SQLException("Expected " + titles.size() + " generated title ids, got " + ids.size());
        }
        return ids;
    }

    static void update(Connection c, long id, TitleStatus status, LocalDate validUntil, LocalDate endedOn)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE registry_title SET status = ?, valid_until = ?, ended_on = ? WHERE id = ?")) {
            update.setString(1, status.name());
            Jdbc.setDate(update, 2, validUntil);
            Jdbc.setDate(update, 3, endedOn);
            update.setLong(4, id);
            update.executeUpdate();
        }
    }
}
