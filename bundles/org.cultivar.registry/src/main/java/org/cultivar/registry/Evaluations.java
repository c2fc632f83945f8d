package org.cultivar.registry;

import java.time.LocalDate;
import java.util.List;

import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriteriaEvaluator;
import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.RuleSet;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.YearlyFigures;

/** Criteria evaluation as the registry uses it: the rule set chosen, and "no figures" as a failure. */
final class Evaluations {

    private final CriteriaEvaluator evaluator;

    Evaluations(CriteriaEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The requested rule set if it judges the tier, else the one in force on the day; {@code null} with a problem added. */
    String ruleSet(String requested, Tier tier, LocalDate day, CriteriaEvaluation.Purpose purpose, Problems problems) {
        if (requested == null || requested.isBlank()) {
            return evaluator.inForce(tier, day, purpose).id();
        }
        RuleSet ruleSet = evaluator.ruleSet(requested.strip()).orElse(null);
        if (ruleSet == null) {
            problems.add("ruleSetId", "规则集 " + Echo.zh(requested) + " 不存在。",
                    "Rule set " + Echo.of(requested) + " does not exist.");
            return null;
        }
        if (ruleSet.tier() != tier) {
            problems.add("ruleSetId", "规则集 " + ruleSet.id() + " 用于评价" + ruleSet.tier().chinese() + "，而不是"
                    + tier.chinese() + "。", "Rule set " + ruleSet.id() + " judges " + ruleSet.tier() + ", not " + tier + ".");
            return null;
        }
        return ruleSet.id();
    }

    String inForce(Tier tier, LocalDate day, CriteriaEvaluation.Purpose purpose) {
        return evaluator.inForce(tier, day, purpose).id();
    }

    /** Without figures nothing can pass: the evaluation then holds a single "no data" result. */
    CriteriaEvaluation evaluate(String ruleSetId, Tier tier, Enterprise enterprise, List<YearlyFigures> figures,
                                CriteriaEvaluation.Purpose purpose) {
        if (figures.isEmpty()) {
            return new CriteriaEvaluation(ruleSetId, tier, 0, purpose, List.of(new CriterionResult("figures",
                    "年度数据", "Yearly figures", "—", "at least one year", CriterionResult.Outcome.NO_DATA,
                    "no figures recorded")));
        }
        return evaluator.evaluate(ruleSetId, enterprise, figures, purpose);
    }

    /**
     * The failed criteria as shown at the time, for the oversight list and report that auditors read in
     * Chinese: "资产负债率（liability-ratio）：75.0%，要求 ≤ 70%"; the id stays for searching and for
     * readers of other languages, the note (what data is missing) follows after a semicolon.
     */
    static List<String> failures(CriteriaEvaluation evaluation) {
        return evaluation.failures().stream().map(result -> label(result) + "（" + result.criterion() + "）："
                + result.value(true) + "，要求 " + result.threshold(true) + (result.note(true) == null ? "" : "；" + result.note(true)))
                .toList();
    }

    /** The criteria that failed, by their Chinese names, for a refusal the official reads. */
    static String failedNames(CriteriaEvaluation evaluation) {
        return evaluation.failures().stream().map(Evaluations::label).collect(java.util.stream.Collectors.joining("、"));
    }

    private static String label(CriterionResult result) {
        return result.labelZh() == null || result.labelZh().isBlank() ? result.criterion() : result.labelZh();
    }
}
