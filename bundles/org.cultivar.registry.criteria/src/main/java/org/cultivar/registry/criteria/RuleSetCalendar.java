package org.cultivar.registry.criteria;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cultivar.registry.api.CriteriaEvaluation.Purpose;
import org.cultivar.registry.api.RuleSet;
import org.cultivar.registry.api.Tier;

/**
 * Which rule set judges a tier on a day. New applications: the version whose dates contain the
 * day; before the oldest version Cultivar knows, that oldest one stands in (batches 1–3 were
 * selected under earlier notices it does not model). Re-evaluations: a configured version per
 * tier up to a configured day, then the one for new applications.
 */
final class RuleSetCalendar {

    private final List<RuleSet> ruleSets;
    private final Map<Tier, RuleSet> reevaluation;
    private final LocalDate reevaluationUntil;

    RuleSetCalendar(List<RuleSet> ruleSets, Map<Tier, RuleSet> reevaluation, LocalDate reevaluationUntil) {
        this.ruleSets = ruleSets.stream().sorted(Comparator.comparing(RuleSet::appliesFrom)).toList();
        this.reevaluation = Map.copyOf(reevaluation);
        this.reevaluationUntil = reevaluationUntil;
    }

    RuleSet inForce(Tier tier, LocalDate day, Purpose purpose) {
        if (purpose == Purpose.REEVALUATION && !day.isAfter(reevaluationUntil) && reevaluation.containsKey(tier)) {
            return reevaluation.get(tier);
        }
        List<RuleSet> ofTier = ruleSets.stream().filter(ruleSet -> ruleSet.tier() == tier).toList();
        if (ofTier.isEmpty()) {
            throw new IllegalStateException("No rule set for " + tier + " is available");
        }
        Optional<RuleSet> current = ofTier.stream().filter(ruleSet -> covers(ruleSet, day)).reduce((first, later) -> later);
        return current.orElseGet(() -> day.isBefore(ofTier.get(0).appliesFrom()) ? ofTier.get(0) : ofTier.get(ofTier.size() - 1));
    }

    private static boolean covers(RuleSet ruleSet, LocalDate day) {
        return !day.isBefore(ruleSet.appliesFrom()) && (ruleSet.appliesUntil() == null || !day.isAfter(ruleSet.appliesUntil()));
    }
}
