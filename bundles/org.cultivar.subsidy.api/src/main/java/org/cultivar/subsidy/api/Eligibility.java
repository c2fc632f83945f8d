package org.cultivar.subsidy.api;

import java.util.List;

/** The outcome of every eligibility condition, in the schedule's order; eligible when all are met. */
public record Eligibility(List<ConditionResult> results) {

    public Eligibility {
        results = List.copyOf(results);
    }

    public boolean eligible() {
        return results.stream().allMatch(ConditionResult::met);
    }

    public List<ConditionResult> failures() {
        return results.stream().filter(result -> !result.met()).toList();
    }
}
