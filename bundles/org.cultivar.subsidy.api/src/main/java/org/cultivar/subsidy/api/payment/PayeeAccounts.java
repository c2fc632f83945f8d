package org.cultivar.subsidy.api.payment;

import java.util.List;
import java.util.Optional;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;

/**
 * Where an enterprise's subsidies are paid: the account a clerk of its region verified (from
 * the bank's account opening certificate), with every earlier one kept. A payout whose
 * enterprise has no verified account is held when money moves, not sent.
 */
public interface PayeeAccounts {

    /**
     * Records the account as verified by the clerk; it replaces the enterprise's current one,
     * which stays in the history. Audited in the same transaction.
     *
     * @throws org.cultivar.registry.api.InvalidInputException naming the field ({@code accountNumber},
     *         {@code accountName}, {@code bankName}, {@code cnapsCode}), or {@code enterprise}
     *         when it is not in the registry
     * @throws org.cultivar.core.api.security.AccessDeniedException unless a clerk whose region
     *         covers the enterprise
     */
    VerifiedAccount verify(Actor actor, CreditCode enterprise, BankAccount account);

    /** The account payouts go to now; readers of the enterprise's region only. */
    Optional<VerifiedAccount> current(Actor actor, CreditCode enterprise);

    /** Every account recorded for the enterprise, newest first. */
    List<VerifiedAccount> history(Actor actor, CreditCode enterprise);
}
