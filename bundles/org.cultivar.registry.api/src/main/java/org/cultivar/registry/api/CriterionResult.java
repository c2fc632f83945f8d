package org.cultivar.registry.api;

/**
 * One criterion of an evaluation: what the figures gave, what the rule set asks, and the outcome.
 * Value, threshold and note come in English and, since 1.7.0, in Chinese; a reader asks for its
 * language with {@link #value(boolean)}, {@link #threshold(boolean)} and {@link #note(boolean)},
 * which fall back to the English wording where no Chinese one was given.
 *
 * @param criterion   a stable id within the rule set, e.g. {@code liability-ratio}
 * @param value       the enterprise's value as shown to a user ("68.2%", "471 employees"), or "—" without data
 * @param threshold   the requirement as shown to a user ("≤ 70%", "≥ 3 years")
 * @param note        why an exemption applies or what data is missing; may be {@code null}
 * @param valueZh     the value in Chinese ("471人"), or {@code null} when it reads the same
 * @param thresholdZh the requirement in Chinese ("≥ 3年"), or {@code null} when it reads the same
 * @param noteZh      the note in Chinese, or {@code null}
 */
public record CriterionResult(String criterion, String labelZh, String labelEn, String value, String threshold,
                              Outcome outcome, String note, String valueZh, String thresholdZh, String noteZh) {

    /** English only, as before 1.7.0. */
    public CriterionResult(String criterion, String labelZh, String labelEn, String value, String threshold,
                           Outcome outcome, String note) {
        this(criterion, labelZh, labelEn, value, threshold, outcome, note, null, null, null);
    }

    public String value(boolean chinese) {
        return chinese && valueZh != null ? valueZh : value;
    }

    public String threshold(boolean chinese) {
        return chinese && thresholdZh != null ? thresholdZh : threshold;
    }

    public String note(boolean chinese) {
        return chinese && noteZh != null ? noteZh : note;
    }

    public enum Outcome {
        PASS, FAIL, EXEMPT, NO_DATA;

        /** Whether this outcome blocks a title without a criteria exception. */
        public boolean blocks() {
            return this == FAIL || this == NO_DATA;
        }
    }
}
