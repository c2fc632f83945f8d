package org.cultivar.subsidy.api.payment;

/** The bank's word on one credit transfer. */
public record PaymentStatus(String endToEndId, Outcome outcome, String reasonCode, String reason) {

    public enum Outcome {
        PAID, FAILED, RETURNED
    }
}
