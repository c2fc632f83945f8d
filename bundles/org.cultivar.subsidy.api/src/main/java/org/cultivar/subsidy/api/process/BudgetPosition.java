package org.cultivar.subsidy.api.process;

import java.util.Objects;
import java.util.stream.Stream;

import org.cultivar.core.api.money.Money;

/**
 * A schedule's budget for one fiscal year, as the ledger holds it: approval commits, payment
 * moves a commitment to disbursed, cancellation releases a commitment, a repayment is recovered.
 */
public record BudgetPosition(String scheduleId, int fiscalYear, Money appropriation, Money committed,
                             Money disbursed, Money recovered) {

    public BudgetPosition {
        Objects.requireNonNull(scheduleId, "scheduleId");
        if (Stream.of(appropriation, committed, disbursed, recovered).anyMatch(amount -> amount == null || amount.isNegative())) {
            throw new IllegalArgumentException("Budget amounts are never missing or negative");
        }
    }

    /** What approvals may still commit: appropriation − committed − disbursed + recovered. */
    public Money available() {
        return appropriation.minus(committed).minus(disbursed).plus(recovered);
    }
}
