package org.cultivar.subsidy.api.payment;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CreditCode;

/**
 * One credit transfer of a batch.
 *
 * @param endToEndId the payout's unique reference, echoed back by the bank's confirmation
 * @param remittance short text the payee sees (schedule and award reference)
 */
public record PaymentInstruction(String endToEndId, CreditCode payee, String payeeName, BankAccount account,
                                 Money amount, String remittance) {
}
