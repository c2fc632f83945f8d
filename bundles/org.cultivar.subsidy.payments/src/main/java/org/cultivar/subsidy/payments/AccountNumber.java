package org.cultivar.subsidy.payments;

import java.util.regex.Pattern;

/**
 * A mainland bank account number (银行账号) as the payment file carries it: 8 to 32 digits.
 * Corporate settlement accounts run from about 12 to 25 digits and card numbers 16 to 19; the
 * wider bounds leave room for the longest sub-account formats without accepting fragments.
 *
 * <p>Account numbers are commonly printed in groups, so spaces and hyphens between digits are
 * accepted and removed; letters or any other character are refused rather than guessed at.
 */
final class AccountNumber {

    static final int MINIMUM_DIGITS = 8;
    static final int MAXIMUM_DIGITS = 32;
    private static final Pattern GROUPED_DIGITS = Pattern.compile("\\d+([ -]\\d+)*");

    private AccountNumber() {
    }

    /** @return the digits alone, or {@code null} if the text is not an account number */
    static String normalised(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        if (!GROUPED_DIGITS.matcher(stripped).matches()) {
            return null;
        }
        String digits = stripped.replace(" ", "").replace("-", "");
        return digits.length() >= MINIMUM_DIGITS && digits.length() <= MAXIMUM_DIGITS ? digits : null;
    }
}
