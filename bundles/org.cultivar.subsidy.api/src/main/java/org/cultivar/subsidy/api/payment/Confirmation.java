package org.cultivar.subsidy.api.payment;

import java.util.List;

/**
 * A bank confirmation file, read.
 *
 * @param originalMessageId the payment file it answers ({@link PaymentOrder#messageId()})
 * @param sha256            the file's digest, so a re-imported confirmation is recognised
 */
public record Confirmation(String originalMessageId, String sha256, List<PaymentStatus> statuses) {

    public Confirmation {
        statuses = List.copyOf(statuses);
    }
}
