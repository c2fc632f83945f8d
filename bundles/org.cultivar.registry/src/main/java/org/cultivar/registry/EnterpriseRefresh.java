package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cultivar.registry.api.CriteriaEvaluator;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.registry.api.YearlyFigures;

/**
 * Recomputes what is derived from an enterprise's figures, group and titles: its red flags and
 * the search columns of its row (highest tier in force today, that title's status and last day,
 * the flags as bits). Run in the transaction of every change, so the grid never shows stale state.
 */
final class EnterpriseRefresh {

    /** What the grid shows of an enterprise's titles and flags; tier, status and last day are null without a title in force. */
    record Summary(Tier tier, TitleStatus status, LocalDate validUntil, int redFlagBits) {

        static Summary of(Title top, int redFlagBits) {
            return top == null ? new Summary(null, null, null, redFlagBits)
                    : new Summary(top.tier(), top.status(), top.validUntil(), redFlagBits);
        }
    }

    private static final int CHUNK = 500;

    private final CriteriaEvaluator evaluator;

    EnterpriseRefresh(CriteriaEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    void refresh(Connection c, long enterpriseId, LocalDate today) throws SQLException {
        refresh(c, List.of(enterpriseId), today);
    }

    void refresh(Connection c, Collection<Long> enterpriseIds, LocalDate today) throws SQLException {
        List<Long> ids = new ArrayList<>(enterpriseIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            refreshChunk(c, ids.subList(from, Math.min(ids.size(), from + CHUNK)), today);
        }
    }

    private void refreshChunk(Connection c, List<Long> ids, LocalDate today) throws SQLException {
        Map<Long, Enterprise> enterprises = enterprises(c, ids);
        Map<Long, List<YearlyFigures>> figures = FiguresTable.latestOfAll(c, ids);
        Map<Long, List<Title>> titles = TitleTable.ofEnterprises(c, ids);
        var renewed = ExceptionTable.renewedDespiteFailing(c, ids);
        Map<Long, List<RedFlag>> flags = new HashMap<>();
        Map<Long, Summary> summaries = new HashMap<>();
        for (long id : ids) {
            List<RedFlag> enterpriseFlags = flags(enterprises.get(id), figures.getOrDefault(id, List.of()),
                    renewed.contains(id));
            flags.put(id, enterpriseFlags);
            summaries.put(id, Summary.of(top(titles.getOrDefault(id, List.of()), today).orElse(null),
                    RedFlagTable.bits(enterpriseFlags)));
        }
        RedFlagTable.replaceAll(c, flags);
        writeSummaries(c, summaries);
    }

    /** The evaluator's figure-based flags, plus the registry's own: renewed despite failing criteria. */
    List<RedFlag> flags(Enterprise enterprise, List<YearlyFigures> figures, boolean renewedDespiteFailing) {
        List<RedFlag> flags = new ArrayList<>(evaluator.redFlags(enterprise, figures));
        if (renewedDespiteFailing) {
            flags.add(new RedFlag(RedFlag.Kind.RENEWED_DESPITE_FAILING,
                    "renewed at re-evaluation although criteria failed (criteria exception recorded)"));
        }
        return flags;
    }

    /** The highest tier in force on the day, then the latest grant. */
    static Optional<Title> top(List<Title> titles, LocalDate day) {
        return titles.stream().filter(title -> title.status().inForce() && title.inForceOn(day))
                .max(Comparator.comparing(Title::tier).thenComparing(Title::grantDate).thenComparing(Title::id));
    }

    static void writeSummaries(Connection c, Map<Long, Summary> summaries) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE registry_enterprise SET top_tier = ?, top_status = ?, "
                + "top_valid_until = ?, red_flags = ? WHERE id = ?")) {
            for (Map.Entry<Long, Summary> entry : summaries.entrySet()) {
                Summary summary = entry.getValue();
                Jdbc.setName(update, 1, summary.tier());
                Jdbc.setName(update, 2, summary.status());
                Jdbc.setDate(update, 3, summary.validUntil());
                update.setInt(4, entry.getValue().redFlagBits());
                update.setLong(5, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static Map<Long, Enterprise> enterprises(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Enterprise> enterprises = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + EnterpriseTable.COLUMNS
                + " FROM registry_enterprise e WHERE e.id IN (" + Jdbc.placeholders(ids.size()) + ")")) {
            Jdbc.setAll(select, 1, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    EnterpriseTable.Stored stored = EnterpriseTable.read(rows);
                    enterprises.put(stored.id(), stored.enterprise());
                }
            }
        }
        return enterprises;
    }
}
