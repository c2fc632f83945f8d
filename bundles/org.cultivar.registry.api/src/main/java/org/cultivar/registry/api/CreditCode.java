package org.cultivar.registry.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters from a
 * 31-character set; the 18th is an ISO 7064 MOD 31-3 check character over the first 17.
 *
 * <p>The check character is enforced: a code that fails it can only enter the registry through
 * a recorded, audited override (some early pilot codes are legally valid yet fail it). The
 * embedded organisation-code check (GB 11714) and the division code are only reported as
 * {@link #warnings()}, because historical codes legitimately fail them.
 */
public final class CreditCode {

    /** The 31 characters in value order: no I, O, S, V or Z. */
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final String code;
    private final boolean checkOverridden;

    private CreditCode(String code, boolean checkOverridden) {
        this.code = code;
        this.checkOverridden = checkOverridden;
    }

    /**
     * A code whose check character is right. Lower case and surrounding blanks are
     * accepted and normalised; anything else is refused with the reason
     * ({@link InvalidCreditCodeException}, in Chinese and English).
     */
    public static CreditCode parse(String text) {
        String normalised = normalise(text);
        char expected = checkCharacter(normalised.substring(0, 17));
        if (normalised.charAt(17) != expected) {
            throw new InvalidCreditCodeException("统一社会信用代码 " + normalised + " 校验码不符：第 18 位应为 " + expected + "，而不是 "
                    + normalised.charAt(17) + "（确属合法但校验不通过的代码，须登记例外说明）。", "Credit code " + normalised
                    + " fails its check character: the 18th character should be " + expected + ", not " + normalised.charAt(17)
                    + " (a legally valid code that fails it needs a recorded override)");
        }
        return new CreditCode(normalised, false);
    }

    /**
     * A well-formed code accepted although its check character fails — only for the recorded,
     * audited override of the registry.
     */
    public static CreditCode overridingCheck(String text) {
        String normalised = normalise(text);
        return new CreditCode(normalised, normalised.charAt(17) != checkCharacter(normalised.substring(0, 17)));
    }

    /** Whether the text is a code with a correct check character. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalise(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidCreditCodeException("统一社会信用代码为空。", "Credit code is empty");
        }
        String normalised = text.strip().toUpperCase(Locale.ROOT);
        if (normalised.length() != 18) {
            throw new InvalidCreditCodeException("统一社会信用代码“" + abbreviate(text) + "”有 " + normalised.length()
                    + " 位，应为 18 位。", "Credit code \"" + abbreviate(text) + "\" has " + normalised.length()
                    + " characters; it must have 18");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(normalised.charAt(i)) < 0) {
                throw new InvalidCreditCodeException("统一社会信用代码 " + normalised + " 第 " + (i + 1) + " 位（“" + normalised.charAt(i)
                        + "”）不允许使用；代码只用 0-9 和 A-Y，且不含 I、O、S、V、Z。", "Credit code " + normalised + ": character "
                        + (i + 1) + " (\"" + normalised.charAt(i) + "\") is not allowed; codes use 0-9 and A-Y without I, O, S, V, Z");
            }
        }
        if (!normalised.substring(2, 8).chars().allMatch(Character::isDigit)) {
            throw new InvalidCreditCodeException("统一社会信用代码 " + normalised + " 第 3 至 8 位应为六位行政区划代码。",
                    "Credit code " + normalised + ": characters 3-8 must be the six-digit division code");
        }
        return normalised;
    }

    /** The ISO 7064 MOD 31-3 check character for the first 17 characters. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** The GB 11714 organisation-code check character for its eight body characters, or '?' if they cannot carry one. */
    static char organisationCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    public String value() {
        return code;
    }

    /** The GB/T 2260 division code of the registering authority (characters 3-8). */
    public String divisionCode() {
        return code.substring(2, 8);
    }

    /** Whether this code entered through the override although its check character fails. */
    public boolean checkOverridden() {
        return checkOverridden;
    }

    /** Problems that do not make the code invalid but deserve a clerk's eye. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (checkOverridden) {
            warnings.add("check character fails (accepted by override)");
        }
        if (code.charAt(16) != organisationCheck(code.substring(8, 16))) {
            warnings.add("embedded organisation code " + code.substring(8, 17) + " fails its GB 11714 check");
        }
        return warnings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
