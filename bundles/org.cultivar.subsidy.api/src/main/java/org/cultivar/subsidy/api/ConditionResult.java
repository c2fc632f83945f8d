package org.cultivar.subsidy.api;

import java.util.Objects;

/**
 * How one eligibility condition came out, explained either way: a failure tells the clerk what
 * is missing, a success what proved it (e.g. which title, valid until when).
 *
 * @param condition a short name of the condition, e.g. {@code title-held}, {@code once-per-title}
 */
public record ConditionResult(String condition, boolean met, BilingualText explanation) {

    public ConditionResult {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(explanation, "explanation");
    }

    public static ConditionResult met(String condition, String zh, String en) {
        return new ConditionResult(condition, true, BilingualText.of(zh, en));
    }

    public static ConditionResult failed(String condition, String zh, String en) {
        return new ConditionResult(condition, false, BilingualText.of(zh, en));
    }
}
