package org.cultivar.registry.importer;

/**
 * Builds well-formed Unified Social Credit Codes for synthetic enterprises: both embedded
 * checks computed (GB 11714 for the organisation code, ISO 7064 MOD 31-3 for the 18th
 * character), as {@code CreditCode} verifies them. {@code CreditCode} keeps its check
 * computation to itself, hence this copy for the generating direction.
 */
final class CreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    /** Registration authority 9 (market regulation), entity category 1 (enterprise). */
    private static final String ENTERPRISE_PREFIX = "91";

    private CreditCodes() {
    }

    /**
     * The code of an enterprise registered in the division, with the eight-digit organisation
     * code body given.
     */
    static String of(String divisionCode, long organisationBody) {
        String body = String.format("%08d", organisationBody);
        String first17 = ENTERPRISE_PREFIX + divisionCode + body + organisationCheck(body);
        return first17 + checkCharacter(first17);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    private static char organisationCheck(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
