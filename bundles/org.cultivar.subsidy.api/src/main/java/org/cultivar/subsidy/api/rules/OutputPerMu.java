package org.cultivar.subsidy.api.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.YearlyFigures;
import org.cultivar.subsidy.api.ApplicationContext;
import org.cultivar.subsidy.api.Condition;
import org.cultivar.subsidy.api.ConditionResult;
import org.cultivar.subsidy.api.FieldType;
import org.cultivar.subsidy.api.MoneyText;

/**
 * Output per mu of land (亩均产值), a condition of relocation awards beyond the title: the
 * enterprise's revenue of the fiscal year before the application, as the registry records it,
 * divided by the land area in mu the application states, is at least the minimum.
 */
public record OutputPerMu(String landAreaField, Money minimumPerMu) implements Condition {

    public OutputPerMu {
        Objects.requireNonNull(landAreaField, "landAreaField");
        Objects.requireNonNull(minimumPerMu, "minimumPerMu");
        if (minimumPerMu.isNegative()) {
            throw new IllegalArgumentException("A minimum output per mu is never negative");
        }
    }

    @Override
    public Map<String, FieldType> fieldsRead() {
        return Map.of(landAreaField, FieldType.INTEGER);
    }

    @Override
    public ConditionResult check(ApplicationContext context) {
        int year = context.input().fiscalYear() - 1;
        Optional<Money> revenue = context.figures(year).map(YearlyFigures::revenue);
        if (revenue.isEmpty()) {
            return ConditionResult.failed("output-per-mu", "登记册中没有 " + year + " 年度营业收入",
                    "The registry has no revenue for " + year);
        }
        Optional<Long> mu = context.values().integer(landAreaField).filter(area -> area > 0);
        if (mu.isEmpty()) {
            return ConditionResult.failed("output-per-mu", "未填写用地面积（亩）", "No land area in mu given");
        }
        // compare revenue with minimum × mu, so that no division rounds the decision
        boolean met = revenue.get().yuan().compareTo(minimumPerMu.times(BigDecimal.valueOf(mu.get()))) >= 0;
        Money perMu = Money.rounded(revenue.get().yuan().divide(BigDecimal.valueOf(mu.get()), 2, RoundingMode.HALF_UP));
        String zh = year + " 年度亩均产值 " + MoneyText.zh(perMu) + "（营业收入 " + MoneyText.zh(revenue.get()) + " ÷ " + mu.get()
                + " 亩），" + (met ? "不低于" : "低于") + "要求的 " + MoneyText.zh(minimumPerMu);
        String en = "Output per mu in " + year + ": " + MoneyText.en(perMu) + " (revenue " + MoneyText.en(revenue.get()) + " / "
                + mu.get() + " mu), " + (met ? "at least" : "below") + " the required " + MoneyText.en(minimumPerMu);
        return met ? ConditionResult.met("output-per-mu", zh, en) : ConditionResult.failed("output-per-mu", zh, en);
    }
}
