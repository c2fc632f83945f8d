package org.cultivar.security;

import org.cultivar.core.api.security.InvalidAccountInputException;

/**
 * The name people see, e.g. 王小明 or Mary O'Brien: at most 100 characters of letters in any
 * script, digits, spaces and the punctuation names use. Everything else is refused with a
 * message naming the character, so markup, quotes-and-semicolons and invisible characters never
 * reach a screen, a log or a printed document.
 */
record DisplayName(String value) {

    static final int MAXIMUM_LENGTH = 100;

    /** Punctuation that real names and titles use: initials, O'Brien, 阿卜杜拉·买买提, "Wang (Finance)". */
    private static final String NAME_PUNCTUATION = ".'-,()·・（）";

    static DisplayName parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidAccountInputException("显示名称必须填写。", "Display name is required.");
        }
        String trimmed = input.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > MAXIMUM_LENGTH) {
            throw new InvalidAccountInputException("显示名称最多 " + MAXIMUM_LENGTH + " 个字符（现为 " + length + " 个）。",
                    "Display name must be at most " + MAXIMUM_LENGTH + " characters long (got " + length + ").");
        }
        int position = 1;
        for (int offset = 0; offset < trimmed.length(); position++) {
            int codePoint = trimmed.codePointAt(offset);
            if (!allowed(codePoint)) {
                throw new InvalidAccountInputException("显示名称只能包含文字、数字、空格和 " + NAME_PUNCTUATION + "；第 " + position
                        + " 个字符是" + describe(codePoint, true) + "。", "Display name may contain only letters, digits, spaces and "
                        + NAME_PUNCTUATION + "; character " + position + " is " + describe(codePoint, false) + ".");
            }
            offset += Character.charCount(codePoint);
        }
        return new DisplayName(trimmed);
    }

    private static boolean allowed(int codePoint) {
        if (codePoint == ' ' || NAME_PUNCTUATION.indexOf(codePoint) >= 0) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER -> true;
            default -> false;
        };
    }

    /** Printable characters are shown as themselves, invisible ones by code point only. */
    private static String describe(int codePoint, boolean chinese) {
        String hex = String.format("U+%04X", codePoint);
        int type = Character.getType(codePoint);
        boolean invisible = Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint) // also no-break spaces, which are not "white space"
                || type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
        if (chinese) {
            return invisible ? "不可见字符 " + hex : "“" + new String(Character.toChars(codePoint)) + "”（" + hex + "）";
        }
        return invisible ? "the invisible character " + hex
                : "'" + new String(Character.toChars(codePoint)) + "' (" + hex + ")";
    }

    @Override
    public String toString() {
        return value;
    }
}
