package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.PriorAward;
import org.cultivar.subsidy.api.PriorAwards;
import org.cultivar.subsidy.api.process.Award;

/** Rows of subsidy_award, read with the assessment of their application. */
final class AwardTable {

    /** An award with the title it rests on, which payments judge again. */
    record Stored(Award award, Long titleId, Tier titleTier, int fiscalYear) {

        TitleBasis titleBasis() {
            return new TitleBasis(award.enterprise(), titleId, titleTier);
        }
    }

    /** What a payment judges again of an award: the enterprise and the title the award rested on (none if it needs none). */
    record TitleBasis(CreditCode enterprise, Long titleId, Tier titleTier) {
    }

    private static final String SELECT = "SELECT w.*, a.assessment FROM subsidy_award w"
            + " JOIN subsidy_assessment a ON a.application_id = w.application_id ";

    private AwardTable() {
    }

    static Optional<Stored> find(Connection c, long id) throws SQLException {
        return Jdbc.one(c, SELECT + "WHERE w.id = ?", AwardTable::row, id);
    }

    /** The awards of the ids that exist, by id. */
    static List<Stored> ofEnterprise(Connection c, CreditCode enterprise, String regionPattern) throws SQLException {
        return Jdbc.list(c, SELECT + "WHERE w.credit_code = ? AND w.region_code LIKE ? ORDER BY w.id DESC", AwardTable::row,
                enterprise.value(), regionPattern);
    }

    static List<Stored> restingOnTitle(Connection c, long titleId) throws SQLException {
        return Jdbc.list(c, SELECT + "WHERE w.title_id = ? ORDER BY w.id", AwardTable::row, titleId);
    }

    private static final String SET_STATUS = "UPDATE subsidy_award SET status = ?, version = version + 1 WHERE id = ?";

    static void setStatus(Connection c, long id, Award.Status status) throws SQLException {
        Jdbc.update(c, SET_STATUS, status, id);
    }

    /** The awards' statuses set in one JDBC batch. */
    static void setStatusAll(Connection c, Collection<Long> ids, Award.Status status) throws SQLException {
        Jdbc.batch(c, SET_STATUS, ids.stream().map(id -> new Object[] {status, id}).toList());
    }

    /** An award's amount still standing: less its cancelled tranches and what was repaid. */
    private static final String STANDING = "w.amount"
            + " - COALESCE((SELECT SUM(p.amount) FROM subsidy_payout p WHERE p.award_id = w.id AND p.status = 'CANCELLED'), 0)"
            + " - COALESCE((SELECT SUM(r.repaid) FROM subsidy_recovery r WHERE r.award_id = w.id), 0) AS standing";

    /** What an award of an enterprise under a schedule stands at, for limits judged again at approval. */
    record Standing(long awardId, String scheduleId, String creditCode, int fiscalYear, Money amount) {
    }

    /**
     * What the enterprise holds under every schedule and region, for once-only, top-up and cap
     * rules: cancelled awards left out, cancelled tranches and repayments deducted.
     */
    static PriorAwards priorAwards(Connection c, CreditCode enterprise) throws SQLException {
        return new PriorAwards(Jdbc.list(c, "SELECT w.id, w.schedule_id, w.region_code, w.purposes, w.title_id, w.fiscal_year, "
                + STANDING + " FROM subsidy_award w WHERE w.credit_code = ? AND w.status <> 'CANCELLED' ORDER BY w.id",
                row -> new PriorAward(row.getLong("id"), row.getString("schedule_id"), RegionCode.of(row.getString("region_code")),
                        Set.of(row.getString("purposes").split(",")), Jdbc.longOrNull(row, "title_id"), Jdbc.money(row, "standing"),
                        row.getInt("fiscal_year")), enterprise.value()));
    }

    /**
     * The awards of the enterprises under the schedules, standing as {@link #priorAwards} counts
     * them (so a limit judged again at approval agrees with the assessment), in id order.
     */
    static List<Standing> standing(Connection c, Collection<String> scheduleIds, Collection<String> creditCodes) throws SQLException {
        List<Object> parameters = new ArrayList<>(scheduleIds);
        parameters.addAll(creditCodes);
        return Jdbc.list(c, "SELECT w.id, w.schedule_id, w.credit_code, w.fiscal_year, " + STANDING
                + " FROM subsidy_award w WHERE w.status <> 'CANCELLED' AND w.schedule_id IN (" + Jdbc.placeholders(scheduleIds.size())
                + ") AND w.credit_code IN (" + Jdbc.placeholders(creditCodes.size()) + ") ORDER BY w.id",
                row -> new Standing(row.getLong("id"), row.getString("schedule_id"), row.getString("credit_code"),
                        row.getInt("fiscal_year"), Jdbc.money(row, "standing")), parameters.toArray());
    }

    /** Paid so far, less what was returned after payment. */
    static Money paid(Connection c, long awardId) throws SQLException {
        return Jdbc.one(c, "SELECT COALESCE(SUM(amount), 0) FROM subsidy_payout WHERE award_id = ? AND status = 'PAID'",
                row -> Money.ofYuan(row.getBigDecimal(1)), awardId).orElse(Money.ZERO);
    }

    private static Stored row(ResultSet row) throws SQLException {
        Award award = new Award(row.getLong("id"), row.getLong("version"), row.getLong("application_id"),
                row.getString("schedule_id"), RegionCode.of(row.getString("region_code")),
                CreditCode.overridingCheck(row.getString("credit_code")), Jdbc.money(row, "amount"),
                AssessmentJson.read(row.getString("assessment")), Jdbc.named(Award.Status.class, row, "status"),
                Jdbc.date(row, "approved_on"), row.getString("approved_by"));
        return new Stored(award, Jdbc.longOrNull(row, "title_id"), Jdbc.named(Tier.class, row, "title_tier"), row.getInt("fiscal_year"));
    }
}
