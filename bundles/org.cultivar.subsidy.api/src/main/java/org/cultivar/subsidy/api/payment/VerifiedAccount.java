package org.cultivar.subsidy.api.payment;

import java.time.Instant;

import org.cultivar.registry.api.CreditCode;

/**
 * A payee account as a clerk verified it.
 *
 * @param supersededAt when a later account replaced it, or {@code null} while payouts go to it
 */
public record VerifiedAccount(CreditCode enterprise, BankAccount account, String verifiedBy, Instant verifiedAt,
                              Instant supersededAt) {

    public boolean current() {
        return supersededAt == null;
    }
}
