package org.cultivar.registry;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cultivar.registry.api.FiguresRevision;
import org.cultivar.registry.api.ScienceAward;
import org.cultivar.registry.api.YearlyFigures;

/** registry_figures: every revision of every year, never overwritten. */
final class FiguresTable {

    /** A revision to insert for an enterprise. */
    record NewRevision(long enterpriseId, YearlyFigures figures, int revision, String recordedBy, String source) {
    }

    private static final String COLUMNS = "enterprise_id, fiscal_year, revision, employees, rd_staff, revenue, "
            + "main_business_revenue, total_assets, total_liabilities, rd_expense, net_profit, new_equity_financing, "
            + "class_one_ip, other_ip, market_share_percent, years_in_segment, science_award, recorded_at, recorded_by, source";

    private FiguresTable() {
    }

    static void insertAll(Connection c, List<NewRevision> revisions, Instant now) throws SQLException {
        if (revisions.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO registry_figures (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewRevision revision : revisions) {
                YearlyFigures f = revision.figures();
                insert.setLong(1, revision.enterpriseId());
                insert.setInt(2, f.fiscalYear());
                insert.setInt(3, revision.revision());
                Jdbc.setInteger(insert, 4, f.employees());
                Jdbc.setInteger(insert, 5, f.rdStaff());
                Jdbc.setMoney(insert, 6, f.revenue());
                Jdbc.setMoney(insert, 7, f.mainBusinessRevenue());
                Jdbc.setMoney(insert, 8, f.totalAssets());
                Jdbc.setMoney(insert, 9, f.totalLiabilities());
                Jdbc.setMoney(insert, 10, f.rdExpense());
                Jdbc.setMoney(insert, 11, f.netProfit());
                Jdbc.setMoney(insert, 12, f.newEquityFinancing());
                Jdbc.setInteger(insert, 13, f.classOneIp());
                Jdbc.setInteger(insert, 14, f.otherIp());
                Jdbc.setDecimal(insert, 15, f.marketSharePercent());
                Jdbc.setInteger(insert, 16, f.yearsInSegment());
                Jdbc.setName(insert, 17, f.scienceAward());
                Jdbc.setInstant(insert, 18, now);
                insert.setString(19, revision.recordedBy());
                Jdbc.setText(insert, 20, revision.source());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Every revision of the enterprise, newest year and revision first. */
    static List<FiguresRevision> revisions(Connection c, long enterpriseId) throws SQLException {
        List<FiguresRevision> revisions = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM registry_figures "
                + "WHERE enterprise_id = ? ORDER BY fiscal_year DESC, revision DESC")) {
            select.setLong(1, enterpriseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    revisions.add(new FiguresRevision(read(rows), rows.getInt("revision"),
                            Jdbc.instant(rows, "recorded_at"), rows.getString("recorded_by"), rows.getString("source")));
                }
            }
        }
        return revisions;
    }

    /** The latest revision of every year of the enterprise, newest year first: what criteria judge. */
    static List<YearlyFigures> latest(Connection c, long enterpriseId) throws SQLException {
        return latestOfAll(c, List.of(enterpriseId)).getOrDefault(enterpriseId, List.of());
    }

    static Optional<YearlyFigures> latest(Connection c, long enterpriseId, int fiscalYear) throws SQLException {
        return latest(c, enterpriseId).stream().filter(f -> f.fiscalYear() == fiscalYear).findFirst();
    }

    /** The latest revision number of the year, 0 if none. */
    static int lastRevision(Connection c, long enterpriseId, int fiscalYear) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT MAX(revision) FROM registry_figures "
                + "WHERE enterprise_id = ? AND fiscal_year = ?")) {
            select.setLong(1, enterpriseId);
            select.setInt(2, fiscalYear);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** For each enterprise, its last revision number of each year, in one query. */
    static Map<Long, Map<Integer, Integer>> lastRevisions(Connection c, Collection<Long> enterpriseIds) throws SQLException {
        Map<Long, Map<Integer, Integer>> last = new HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return last;
        }
        try (PreparedStatement select = c.prepareStatement("SELECT enterprise_id, fiscal_year, MAX(revision) "
                + "FROM registry_figures WHERE enterprise_id IN (" + Jdbc.placeholders(enterpriseIds.size()) + ") "
                + "GROUP BY enterprise_id, fiscal_year")) {
            Jdbc.setAll(select, 1, enterpriseIds);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    last.computeIfAbsent(rows.getLong(1), id -> new HashMap<>()).put(rows.getInt(2), rows.getInt(3));
                }
            }
        }
        return last;
    }

    /** For each enterprise, the latest revision of every year (newest year first), in one query. */
    static Map<Long, List<YearlyFigures>> latestOfAll(Connection c, Collection<Long> enterpriseIds) throws SQLException {
        Map<Long, Map<Integer, YearlyFigures>> byYear = new HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return Map.of();
        }
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM registry_figures WHERE "
                + "enterprise_id IN (" + Jdbc.placeholders(enterpriseIds.size()) + ") "
                + "ORDER BY enterprise_id, fiscal_year DESC, revision DESC")) {
            Jdbc.setAll(select, 1, enterpriseIds);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byYear.computeIfAbsent(rows.getLong("enterprise_id"), id -> new LinkedHashMap<>())
                            .putIfAbsent(rows.getInt("fiscal_year"), read(rows));
                }
            }
        }
        Map<Long, List<YearlyFigures>> latest = new HashMap<>();
        byYear.forEach((id, years) -> latest.put(id, List.copyOf(years.values())));
        return latest;
    }

    private static YearlyFigures read(ResultSet row) throws SQLException {
        return new YearlyFigures(row.getInt("fiscal_year"), Jdbc.integer(row, "employees"), Jdbc.integer(row, "rd_staff"),
                Jdbc.money(row, "revenue"), Jdbc.money(row, "main_business_revenue"), Jdbc.money(row, "total_assets"),
                Jdbc.money(row, "total_liabilities"), Jdbc.money(row, "rd_expense"), Jdbc.money(row, "net_profit"),
                Jdbc.money(row, "new_equity_financing"), Jdbc.integer(row, "class_one_ip"), Jdbc.integer(row, "other_ip"),
                percentage(row.getBigDecimal("market_share_percent")),
                Jdbc.integer(row, "years_in_segment"), Jdbc.named(ScienceAward.class, row, "science_award"));
    }

    /** As few decimals as the value needs (12.5, not 12.5000), never in exponent form. */
    private static BigDecimal percentage(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Whether two sets of figures say the same, whatever the scale a percentage was written with. */
    static boolean same(YearlyFigures a, YearlyFigures b) {
        return a.equals(new YearlyFigures(b.fiscalYear(), b.employees(), b.rdStaff(), b.revenue(),
                b.mainBusinessRevenue(), b.totalAssets(), b.totalLiabilities(), b.rdExpense(), b.netProfit(),
                b.newEquityFinancing(), b.classOneIp(), b.otherIp(), a.marketSharePercent() != null
                && b.marketSharePercent() != null && a.marketSharePercent().compareTo(b.marketSharePercent()) == 0
                ? a.marketSharePercent() : b.marketSharePercent(), b.yearsInSegment(), b.scienceAward()));
    }
}
