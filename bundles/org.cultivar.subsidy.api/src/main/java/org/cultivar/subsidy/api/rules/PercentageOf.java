package org.cultivar.subsidy.api.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.api.AmountRule;
import org.cultivar.subsidy.api.ApplicationContext;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.Calculation;
import org.cultivar.subsidy.api.FieldType;
import org.cultivar.subsidy.api.MoneyText;

/**
 * A percentage of a base the application claims in a money field (investment: 5% of new
 * investment); exact, rounded only when the assessment ends. Wrap it in {@link Capped} for "up to".
 */
public record PercentageOf(String baseField, BigDecimal percent) implements AmountRule {

    public PercentageOf {
        Objects.requireNonNull(baseField, "baseField");
        if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 6) {
            throw new IllegalArgumentException("A percentage is above 0, at most 100, with at most 6 decimals; not " + percent);
        }
    }

    @Override
    public Map<String, FieldType> fieldsRead() {
        return Map.of(baseField, FieldType.MONEY);
    }

    @Override
    public Calculation calculate(ApplicationContext context) {
        Money base = context.values().money(baseField).orElseThrow();
        BigDecimal share = base.times(percent).movePointLeft(2);
        String rate = percent.stripTrailingZeros().toPlainString() + "%";
        return Calculation.start("base", base.yuan(), base.yuan(),
                        BilingualText.of("基数 " + MoneyText.zh(base), "Base " + MoneyText.en(base)))
                .then("rate", percent, share, BilingualText.of("按 " + rate + " 计 " + share.toPlainString() + "元",
                        rate + " of the base: CNY " + share.toPlainString()));
    }
}
