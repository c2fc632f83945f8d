package org.cultivar.subsidy.payments;

import java.util.List;

import org.cultivar.registry.api.FieldProblem;

/**
 * Checks one text field of an order against what the file formats can carry: present when
 * required, within the pain.001 length, and free of control characters (XML 1.0 cannot carry
 * most of them, and a line break inside a name would forge a line in a bank's listing).
 */
final class TextField {

    private TextField() {
    }

    /** @return whether the value was present and acceptable */
    static boolean required(List<FieldProblem> problems, long line, String field, String value, int maximum) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.at(line, field, "为空。", "is empty"));
            return false;
        }
        return optional(problems, line, field, value, maximum);
    }

    static boolean optional(List<FieldProblem> problems, long line, String field, String value, int maximum) {
        if (value == null) {
            return true;
        }
        int length = value.codePointCount(0, value.length());
        if (length > maximum) {
            problems.add(FieldProblem.at(line, field, "共 " + length + " 个字符，支付文件最多允许 " + maximum + " 个。",
                    "has " + length + " characters; the payment file allows at most " + maximum));
            return false;
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(FieldProblem.at(line, field, "含有控制字符（换行符、制表符等）。",
                    "contains a control character (line break, tab or similar)"));
            return false;
        }
        return true;
    }
}
