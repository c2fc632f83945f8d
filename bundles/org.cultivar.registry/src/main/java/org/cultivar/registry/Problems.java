package org.cultivar.registry;

import java.util.ArrayList;
import java.util.List;

import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;

/**
 * Collects what is wrong with an input, field by field, and checks free text the same way
 * everywhere. Markup in names is stored verbatim as text (every screen and report escapes it);
 * what is refused is text a reader cannot see: control, format and private-use characters,
 * lone surrogates and spaces other than the plain one.
 */
final class Problems {

    private final long line;
    private final List<FieldProblem> problems = new ArrayList<>();

    Problems(long line) {
        this.line = line;
    }

    Problems() {
        this(0);
    }

    /** A problem in Chinese, which clerks read, and in English. */
    void add(String field, String zh, String en) {
        problems.add(FieldProblem.at(line, field, zh, en));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<FieldProblem> list() {
        return List.copyOf(problems);
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(list());
        }
    }

    /**
     * The stripped text, {@code null} for a missing optional value, or {@code null} with a problem
     * added that names the field by its Chinese and English label.
     */
    String text(String field, String labelZh, String labelEn, String value, int maximum, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, labelZh + "为必填项。", labelEn + " is required.");
            }
            return null;
        }
        String stripped = value.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length > maximum) {
            add(field, labelZh + "共 " + length + " 个字符，最多允许 " + maximum + " 个。",
                    labelEn + " has " + length + " characters; at most " + maximum + " are allowed.");
            return null;
        }
        int hidden = stripped.codePoints().filter(c -> !visible(c)).findFirst().orElse(-1);
        if (hidden >= 0) {
            String codePoint = "U+" + String.format("%04X", hidden);
            add(field, labelZh + "含有不可见字符或控制字符（" + codePoint + "），请删除该字符后重新输入。",
                    labelEn + " contains an invisible or control character (" + codePoint + "); retype it without one.");
            return null;
        }
        return stripped;
    }

    static boolean visible(int codePoint) {
        if (codePoint == ' ') {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.PRIVATE_USE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
