package org.cultivar.registry.api;

/**
 * One criterion of an evaluation: what the figures gave, what the rule set asks, and the outcome.
 *
 * @param criterion a stable id within the rule set, e.g. {@code liability-ratio}
 * @param value     the enterprise's value as shown to a user ("68.2%"), or "—" without data
 * @param threshold the requirement as shown to a user ("≤ 70%")
 * @param note      why an exemption applies or what data is missing; may be {@code null}
 */
public record CriterionResult(String criterion, String labelZh, String labelEn, String value, String threshold,
                              Outcome outcome, String note) {

    public enum Outcome {
        PASS, FAIL, EXEMPT, NO_DATA;

        /** Whether this outcome blocks a title without a criteria exception. */
        public boolean blocks() {
            return this == FAIL || this == NO_DATA;
        }
    }
}
