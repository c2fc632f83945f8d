package org.cultivar.subsidy;

import java.util.Optional;

/**
 * The end-to-end id a payout travels under to the bank and back: derived from the payout, so a
 * file produced twice carries the same ids and a confirmation names the payout it answers.
 */
final class PaymentReferences {

    private static final String PREFIX = "CVP";

    private PaymentReferences() {
    }

    static String endToEndId(long payoutId) {
        return PREFIX + payoutId;
    }

    static Optional<Long> payoutId(String endToEndId) {
        if (endToEndId == null || !endToEndId.matches(PREFIX + "\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(endToEndId.substring(PREFIX.length())));
    }
}
