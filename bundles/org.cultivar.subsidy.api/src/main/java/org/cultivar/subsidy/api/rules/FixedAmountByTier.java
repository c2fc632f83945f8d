package org.cultivar.subsidy.api.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.subsidy.api.AmountRule;
import org.cultivar.subsidy.api.ApplicationContext;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.Calculation;
import org.cultivar.subsidy.api.MoneyText;

/**
 * A fixed amount by the tier of the title held on the application date (cultivation: 0.5 M for a
 * Specialized SME, 2 M for a Little Giant). A title above every configured tier receives the
 * highest configured tier's amount; without a title of the lowest configured tier, nothing.
 */
public record FixedAmountByTier(Map<Tier, Money> amounts) implements AmountRule {

    public FixedAmountByTier {
        if (amounts.isEmpty() || amounts.values().stream().anyMatch(Money::isNegative)) {
            throw new IllegalArgumentException("Amounts by tier need at least one tier and no negative amount");
        }
        amounts = Collections.unmodifiableMap(new EnumMap<>(amounts));
    }

    @Override
    public Calculation calculate(ApplicationContext context) {
        Tier lowest = amounts.keySet().iterator().next();
        Optional<Title> proving = context.titleProving(lowest);
        if (proving.isEmpty()) {
            return Calculation.start("tier", BigDecimal.ZERO, BigDecimal.ZERO, BilingualText.of(
                    "未持有" + lowest.chinese() + "或更高称号", "No " + lowest.english() + " title or higher"));
        }
        Title title = proving.get();
        Tier paid = amounts.keySet().stream().filter(title.tier()::atLeast).reduce((lower, higher) -> higher).orElseThrow();
        Money amount = amounts.get(paid);
        return Calculation.start("tier", amount.yuan(), amount.yuan(), BilingualText.of(
                title.tier().chinese() + "称号（编号 " + title.id() + "）按" + paid.chinese() + "定额 " + MoneyText.zh(amount),
                "The " + title.tier().english() + " title (no. " + title.id() + ") receives the " + paid.english()
                        + " amount " + MoneyText.en(amount)));
    }
}
