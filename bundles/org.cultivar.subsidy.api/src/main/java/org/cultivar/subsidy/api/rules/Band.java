package org.cultivar.subsidy.api.rules;

import java.util.Objects;

import org.cultivar.core.api.money.Money;

/** One row of a {@link SteppedTable}: a base from {@code from} (inclusive) up to the next band's edge receives {@code amount}. */
public record Band(Money from, Money amount) {

    public Band {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(amount, "amount");
        if (from.isNegative() || amount.isNegative()) {
            throw new IllegalArgumentException("A band's edge and amount are never negative");
        }
    }
}
