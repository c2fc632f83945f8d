package org.cultivar.reports;

import org.cultivar.registry.api.CreditCode;

/** Valid credit codes for fixtures: the first 17 characters given, the check character found. */
final class CreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CreditCodes() {
    }

    static CreditCode valid(String first17) {
        for (char check : CHARSET.toCharArray()) {
            if (CreditCode.isValid(first17 + check)) {
                return CreditCode.parse(first17 + check);
            }
        }
        throw new IllegalArgumentException(first17 + " has no valid check character");
    }
}
