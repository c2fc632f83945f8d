package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.Title;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.AwardCalculation;
import org.cultivar.subsidy.api.Tranche;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.Payout;

/**
 * The last approval's consequences, inside its transaction: the award with the parameters it was
 * computed with, one payout per tranche, and each tranche committed to its fiscal year's budget.
 * The budgets are judged first ({@link #byYear}, {@link BudgetBook.Reservations}); then the awards
 * of every approval of the transaction are written together.
 */
final class AwardCreation {

    private AwardCreation() {
    }

    /** What the approval will commit, by fiscal year (ascending): the non-zero tranches of its award summed per year. */
    static Map<Integer, Money> byYear(StoredApplication stored) {
        Map<Integer, Money> byYear = new TreeMap<>();
        for (Tranche tranche : calculation(stored.application()).plan().tranches()) {
            if (!tranche.amount().isZero()) {
                byYear.merge(tranche.fiscalYear(), tranche.amount(), Money::plus);
            }
        }
        return byYear;
    }

    /**
     * Creates the awards of the approved applications, their payouts and their commitments, as
     * JDBC batches; the budgets must have been locked and judged ({@link BudgetBook#lock}).
     *
     * @return the award's id by application id
     */
    static Map<Long, Long> createAll(Connection c, EngineContext engine, Actor approver, List<StoredApplication> approved)
            throws SQLException {
        List<Object[]> awards = new ArrayList<>();
        for (StoredApplication stored : approved) {
            Application application = stored.application();
            Assessment assessment = application.assessment();
            Optional<Title> basis = assessment.facts().basisTitle();
            awards.add(new Object[] {application.id(), application.scheduleId(), application.region().code(),
                    application.enterprise().value(), String.join(",", new TreeSet<>(stored.purposes())),
                    calculation(application).amount(), assessment.input().fiscalYear(), basis.map(Title::id).orElse(null),
                    basis.map(Title::tier).orElse(null), Json.write(assessment.configuration().parameters()),
                    assessment.configuration().digest(), Award.Status.ACTIVE, engine.today(), approver.userId()});
        }
        List<Long> awardIds = Jdbc.insertAll(c, "INSERT INTO subsidy_award (version, application_id, schedule_id, region_code,"
                + " credit_code, purposes, amount, fiscal_year, title_id, title_tier, parameters, configuration_hash, status,"
                + " approved_on, approved_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", awards);
        Map<Long, Long> created = new LinkedHashMap<>();
        List<PayoutTable.New> payouts = new ArrayList<>();
        List<Ledger.Entry> commitments = new ArrayList<>();
        for (int i = 0; i < approved.size(); i++) {
            StoredApplication stored = approved.get(i);
            Application application = stored.application();
            long awardId = awardIds.get(i);
            created.put(application.id(), awardId);
            for (Tranche tranche : calculation(application).plan().tranches()) {
                if (!tranche.amount().isZero()) {
                    payouts.add(new PayoutTable.New(awardId, application.scheduleId(), application.region(), application.enterprise(),
                            tranche.number(), tranche.amount(), tranche.fiscalYear(), tranche.conditionalOnReview(),
                            initialStatus(tranche, engine.today().getYear())));
                }
            }
            byYear(stored).forEach((year, amount) -> commitments.add(
                    new Ledger.Entry("award:" + awardId, application.scheduleId(), year, amount)));
        }
        PayoutTable.insertAll(c, payouts);
        BudgetBook.commitAll(c, approver, engine.now(), commitments);
        return created;
    }

    private static AwardCalculation calculation(Application application) {
        return application.assessment().award().orElseThrow(() -> new IllegalStateException(
                "Application " + application.id() + " has no award to create"));
    }

    /** Ready now, or planned until its fiscal year comes and any performance review has passed. */
    private static Payout.Status initialStatus(Tranche tranche, int currentYear) {
        return !tranche.conditionalOnReview() && tranche.fiscalYear() <= currentYear ? Payout.Status.READY : Payout.Status.PLANNED;
    }
}
