package org.cultivar.subsidy.payments;

import java.util.List;

import org.cultivar.subsidy.api.payment.PaymentStatus;

/** What a confirmation file says, before the file's digest is added. */
record StatusReport(String originalMessageId, List<PaymentStatus> statuses) {
}
