package org.cultivar.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriteriaEvaluator;
import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.RuleSet;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.YearlyFigures;

/**
 * Stands in for the criteria bundle with one criterion: liabilities at most 70% of assets. Rule
 * sets "{tier}-2022" (re-evaluations, and applications until 2026-03-31) and "{tier}-2026".
 */
final class LeverageEvaluator implements CriteriaEvaluator {

    static final LocalDate NEW_RULES = LocalDate.of(2026, 4, 1);
    private static final BigDecimal LIMIT = new BigDecimal("0.70");

    @Override
    public List<RuleSet> ruleSets() {
        List<RuleSet> sets = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            sets.add(new RuleSet(id(tier, 2022), tier, "2022 measures", LocalDate.of(2022, 1, 1), NEW_RULES.minusDays(1)));
            sets.add(new RuleSet(id(tier, 2026), tier, "2026 measures", NEW_RULES, null));
        }
        return sets;
    }

    static String id(Tier tier, int year) {
        return tier.name().toLowerCase().replace('_', '-') + "-" + year;
    }

    @Override
    public Optional<RuleSet> ruleSet(String id) {
        return ruleSets().stream().filter(set -> set.id().equals(id)).findFirst();
    }

    @Override
    public RuleSet inForce(Tier tier, LocalDate day, CriteriaEvaluation.Purpose purpose) {
        int year = purpose == CriteriaEvaluation.Purpose.REEVALUATION || day.isBefore(NEW_RULES) ? 2022 : 2026;
        return ruleSet(id(tier, year)).orElseThrow();
    }

    @Override
    public CriteriaEvaluation evaluate(String ruleSetId, Enterprise enterprise, List<YearlyFigures> figures,
                                       CriteriaEvaluation.Purpose purpose) {
        RuleSet set = ruleSet(ruleSetId).orElseThrow();
        YearlyFigures latest = figures.stream().max(Comparator.comparingInt(YearlyFigures::fiscalYear)).orElseThrow();
        BigDecimal ratio = latest.liabilityRatio();
        CriterionResult.Outcome outcome = ratio == null ? CriterionResult.Outcome.NO_DATA
                : ratio.compareTo(LIMIT) <= 0 ? CriterionResult.Outcome.PASS : CriterionResult.Outcome.FAIL;
        return new CriteriaEvaluation(ruleSetId, set.tier(), latest.fiscalYear(), purpose, List.of(new CriterionResult(
                "liability-ratio", "资产负债率", "Liability ratio", ratio == null ? "—" : ratio.toPlainString(), "≤ 0.70",
                outcome, null)));
    }

    @Override
    public List<RedFlag> redFlags(Enterprise enterprise, List<YearlyFigures> figures) {
        List<RedFlag> flags = new ArrayList<>();
        figures.stream().max(Comparator.comparingInt(YearlyFigures::fiscalYear)).map(YearlyFigures::liabilityRatio)
                .filter(ratio -> ratio.compareTo(LIMIT) > 0)
                .ifPresent(ratio -> flags.add(new RedFlag(RedFlag.Kind.HIGH_LEVERAGE, "liabilities " + ratio + " of assets")));
        if (enterprise.subsidiary()) {
            flags.add(new RedFlag(RedFlag.Kind.GROUP_SUBSIDIARY, "belongs to " + enterprise.parentGroup()));
        }
        return flags;
    }
}
