package org.cultivar.subsidy.api;

import java.util.List;

import org.cultivar.core.api.money.Money;

/** The tranches an award is paid in, first to last; they sum exactly to the award. */
public record InstalmentPlan(List<Tranche> tranches) {

    public InstalmentPlan {
        tranches = List.copyOf(tranches);
        if (tranches.isEmpty()) {
            throw new IllegalArgumentException("An award is paid in at least one tranche");
        }
    }

    public Money total() {
        return tranches.stream().map(Tranche::amount).reduce(Money.ZERO, Money::plus);
    }
}
