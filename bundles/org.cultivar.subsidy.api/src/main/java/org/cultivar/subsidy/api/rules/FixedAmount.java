package org.cultivar.subsidy.api.rules;

import java.util.Objects;

import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.api.AmountRule;
import org.cultivar.subsidy.api.ApplicationContext;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.Calculation;
import org.cultivar.subsidy.api.MoneyText;

/** The same amount for every eligible application (relocation: 2 M; national support: 6 M). */
public record FixedAmount(Money amount) implements AmountRule {

    public FixedAmount {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A fixed amount is never negative");
        }
    }

    @Override
    public Calculation calculate(ApplicationContext context) {
        return Calculation.start("fixed", amount.yuan(), amount.yuan(),
                BilingualText.of("定额 " + MoneyText.zh(amount), "Fixed amount " + MoneyText.en(amount)));
    }
}
