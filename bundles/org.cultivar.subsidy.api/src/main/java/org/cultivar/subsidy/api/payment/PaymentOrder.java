package org.cultivar.subsidy.api.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A disbursement batch as the bank receives it: one payer account, many credit transfers.
 *
 * @param messageId unique per file; a resent file carries the same id so the bank refuses a duplicate
 */
public record PaymentOrder(String messageId, Instant createdAt, LocalDate executionDate, String initiatingParty,
                           BankAccount payer, List<PaymentInstruction> instructions) {

    public PaymentOrder {
        instructions = List.copyOf(instructions);
    }
}
