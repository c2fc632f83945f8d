package org.cultivar.subsidy.api.payment;

/**
 * A payer's or payee's account at a mainland bank.
 *
 * @param cnapsCode the 12-digit CNAPS bank code of the account's branch
 */
public record BankAccount(String accountNumber, String accountName, String bankName, String cnapsCode) {
}
