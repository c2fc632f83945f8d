package org.cultivar.subsidy.api;

import java.util.List;
import java.util.Objects;

import org.cultivar.core.api.money.Money;

/**
 * The amount of an eligible application with every step that led to it (the last step rounds
 * to the fen, once) and the tranches it is paid in.
 */
public record AwardCalculation(Money amount, List<CalculationStep> steps, InstalmentPlan plan) {

    public AwardCalculation {
        Objects.requireNonNull(amount, "amount");
        steps = List.copyOf(steps);
        Objects.requireNonNull(plan, "plan");
        if (!plan.total().equals(amount)) {
            throw new IllegalArgumentException("The tranches sum to " + plan.total() + ", not to the award " + amount);
        }
    }
}
