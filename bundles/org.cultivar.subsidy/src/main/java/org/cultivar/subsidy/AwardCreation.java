package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
 * Budgets are locked in (schedule, year) order, so two approvals never wait on each other in a circle.
 */
final class AwardCreation {

    private AwardCreation() {
    }

    static long create(Connection c, EngineContext engine, Actor approver, StoredApplication stored) throws SQLException {
        Application application = stored.application();
        Assessment assessment = application.assessment();
        AwardCalculation calculation = assessment.award().orElseThrow(() -> new IllegalStateException(
                "Application " + application.id() + " has no award to create"));
        Optional<Title> basis = assessment.facts().basisTitle();
        long awardId = Jdbc.insert(c, "INSERT INTO subsidy_award (version, application_id, schedule_id, region_code, credit_code,"
                        + " purposes, amount, fiscal_year, title_id, title_tier, parameters, configuration_hash, status, approved_on,"
                        + " approved_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                application.id(), application.scheduleId(), application.region().code(), application.enterprise().value(),
                String.join(",", new java.util.TreeSet<>(stored.purposes())), calculation.amount(),
                assessment.input().fiscalYear(), basis.map(Title::id).orElse(null), basis.map(Title::tier).orElse(null),
                Json.write(assessment.configuration().parameters()), assessment.configuration().digest(), Award.Status.ACTIVE,
                engine.today(), approver.userId());
        Map<Integer, Money> byYear = new TreeMap<>();
        for (Tranche tranche : calculation.plan().tranches()) {
            if (tranche.amount().isZero()) {
                continue;
            }
            PayoutTable.insert(c, awardId, application.scheduleId(), application.region(), application.enterprise(),
                    tranche.number(), tranche.amount(), tranche.fiscalYear(), tranche.conditionalOnReview(),
                    initialStatus(tranche, engine.today().getYear()));
            byYear.merge(tranche.fiscalYear(), tranche.amount(), Money::plus);
        }
        for (Map.Entry<Integer, Money> year : byYear.entrySet()) {
            BudgetBook.commit(c, approver, engine.now(), "award:" + awardId, application.scheduleId(), year.getKey(), year.getValue());
        }
        return awardId;
    }

    /** Ready now, or planned until its fiscal year comes and any performance review has passed. */
    private static Payout.Status initialStatus(Tranche tranche, int currentYear) {
        return !tranche.conditionalOnReview() && tranche.fiscalYear() <= currentYear ? Payout.Status.READY : Payout.Status.PLANNED;
    }
}
