package org.cultivar.subsidy.api.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.api.AmountRule;
import org.cultivar.subsidy.api.ApplicationContext;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.Calculation;
import org.cultivar.subsidy.api.FieldType;
import org.cultivar.subsidy.api.MoneyText;

/** Another rule's amount, at most {@code cap} ("5% up to 100 M", "up to 2 M claimed"). */
public record Capped(AmountRule rule, Money cap) implements AmountRule {

    public Capped {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cap, "cap");
        if (cap.isNegative()) {
            throw new IllegalArgumentException("A cap is never negative");
        }
    }

    @Override
    public Map<String, FieldType> fieldsRead() {
        return rule.fieldsRead();
    }

    @Override
    public Set<String> purposesDeducted() {
        return rule.purposesDeducted();
    }

    @Override
    public Calculation calculate(ApplicationContext context) {
        Calculation uncapped = rule.calculate(context);
        return uncapped.then("cap", cap.yuan(), uncapped.amount().min(cap.yuan()),
                BilingualText.of("上限 " + MoneyText.zh(cap), "Capped at " + MoneyText.en(cap)));
    }
}
