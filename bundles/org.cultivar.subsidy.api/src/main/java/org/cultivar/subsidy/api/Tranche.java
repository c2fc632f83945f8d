package org.cultivar.subsidy.api;

import java.util.Objects;

import org.cultivar.core.api.money.Money;

/** One payment of an award: how much, in which fiscal year, and whether a performance review must pass first. */
public record Tranche(int number, Money amount, int fiscalYear, boolean conditionalOnReview) {

    public Tranche {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A tranche is never negative");
        }
    }
}
