package org.cultivar.registry.criteria;

import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.CriterionResult.Outcome;

/** Pass or fail against a limit; a value exactly on the limit passes ("以上/以下" include it). */
final class Outcomes {

    private Outcomes() {
    }

    static <T extends Comparable<T>> Outcome atLeast(T value, T minimum) {
        return value.compareTo(minimum) >= 0 ? Outcome.PASS : Outcome.FAIL;
    }

    static <T extends Comparable<T>> Outcome atMost(T value, T maximum) {
        return value.compareTo(maximum) <= 0 ? Outcome.PASS : Outcome.FAIL;
    }

    /** The same result, exempt, with why: the value stays visible to the clerk. */
    static CriterionResult exempt(CriterionResult result, String why) {
        return exempt(result, Text.english(why));
    }

    static CriterionResult exempt(CriterionResult result, Text why) {
        return new CriterionResult(result.criterion(), result.labelZh(), result.labelEn(), result.value(),
                result.threshold(), Outcome.EXEMPT, why.en(), result.valueZh(), result.thresholdZh(), why.zh());
    }

    /**
     * A failure the figures cannot settle because a condition they do not hold could still
     * satisfy the rule: "no data" with that condition named, so a clerk decides.
     */
    static CriterionResult unlessNotHeld(CriterionResult result, String alternative) {
        return unlessNotHeld(result, Text.english(alternative));
    }

    static CriterionResult unlessNotHeld(CriterionResult result, Text alternative) {
        if (result.outcome() != Outcome.FAIL) {
            return result;
        }
        String note = (result.note() == null ? "" : result.note() + "; ") + "fails unless " + alternative.en()
                + " (not held by the registry)";
        String noteZh = alternative.zh() == null || (result.note() != null && result.noteZh() == null) ? null
                : (result.noteZh() == null ? "" : result.noteZh() + "；") + "除非" + alternative.zh() + "（登记系统未记录此项），否则不符合";
        return new CriterionResult(result.criterion(), result.labelZh(), result.labelEn(), result.value(),
                result.threshold(), Outcome.NO_DATA, note, result.valueZh(), result.thresholdZh(), noteZh);
    }
}
