package org.cultivar.registry.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The criteria rule sets and their evaluation; pure computation over figures, no storage. */
public interface CriteriaEvaluator {

    List<RuleSet> ruleSets();

    Optional<RuleSet> ruleSet(String id);

    /**
     * The rule set that judges the tier on the given day. Re-evaluations may be configured to
     * use an older version than new applications (2026 re-evaluations used the 2022 standard).
     */
    RuleSet inForce(Tier tier, LocalDate day, CriteriaEvaluation.Purpose purpose);

    /**
     * Evaluates an enterprise against a rule set.
     *
     * @param figures the enterprise's figures, any years in any order; the latest year is judged,
     *                earlier years feed growth and two-year tests
     */
    CriteriaEvaluation evaluate(String ruleSetId, Enterprise enterprise, List<YearlyFigures> figures,
                                CriteriaEvaluation.Purpose purpose);

    /** The figure-based red flags (size above SME limits, weak growth, high leverage, group subsidiary). */
    List<RedFlag> redFlags(Enterprise enterprise, List<YearlyFigures> figures);
}
