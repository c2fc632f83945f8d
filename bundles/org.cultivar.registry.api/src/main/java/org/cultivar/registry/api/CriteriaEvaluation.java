package org.cultivar.registry.api;

import java.util.List;

/**
 * An evaluation of one enterprise's figures against one rule set.
 *
 * @param fiscalYear the latest fiscal year of the figures used
 * @param purpose    new application or re-evaluation (some tests are waived at re-evaluation)
 */
public record CriteriaEvaluation(String ruleSetId, Tier tier, int fiscalYear, Purpose purpose,
                                 List<CriterionResult> criteria) {

    public enum Purpose {
        NEW_APPLICATION, REEVALUATION
    }

    public CriteriaEvaluation {
        criteria = List.copyOf(criteria);
    }

    public boolean passed() {
        return criteria.stream().noneMatch(result -> result.outcome().blocks());
    }

    public List<CriterionResult> failures() {
        return criteria.stream().filter(result -> result.outcome().blocks()).toList();
    }
}
