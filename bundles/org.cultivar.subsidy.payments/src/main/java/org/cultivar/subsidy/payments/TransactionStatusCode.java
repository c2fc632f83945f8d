package org.cultivar.subsidy.payments;

import java.util.Arrays;
import java.util.Optional;

import org.cultivar.subsidy.api.payment.PaymentStatus.Outcome;

/**
 * The ISO 20022 payment status codes (ExternalPaymentTransactionStatus1Code and the group's
 * PART) a pain.002 may carry, and what each means for a payout. Codes for a transfer still on
 * its way have no outcome: the file is read, and the payout waits for a later confirmation.
 */
enum TransactionStatusCode {
    ACSC(Outcome.PAID), // settlement on the creditor's account completed
    ACCC(Outcome.PAID), // settlement completed (creditor's account credited)
    RJCT(Outcome.FAILED),
    ACTC(null), ACCP(null), ACSP(null), ACWC(null), ACWP(null), ACFC(null), PATC(null), PDNG(null), RCVD(null), PART(null);

    private final Outcome outcome;

    TransactionStatusCode(Outcome outcome) {
        this.outcome = outcome;
    }

    static Optional<TransactionStatusCode> of(String code) {
        return Arrays.stream(values()).filter(value -> value.name().equals(code)).findFirst();
    }

    /** @return the outcome, or empty while the transfer is still being processed */
    Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
