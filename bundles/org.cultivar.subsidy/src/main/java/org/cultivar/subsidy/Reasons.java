package org.cultivar.subsidy;

import org.cultivar.registry.api.InvalidInputException;

/** Reasons and comments people give: required where a decision needs one, bounded, no control characters. */
final class Reasons {

    private Reasons() {
    }

    static String required(String field, String text, int maximum) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "为必填项。", "is required");
        }
        return optional(field, text, maximum);
    }

    static String optional(String field, String text, int maximum) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip();
        if (cleaned.codePointCount(0, cleaned.length()) > maximum) {
            throw new InvalidInputException(field, "超过 " + maximum + " 个字符。", "is longer than " + maximum + " characters");
        }
        if (cleaned.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\t')) {
            throw new InvalidInputException(field, "含有控制字符。", "contains control characters");
        }
        return cleaned;
    }
}
