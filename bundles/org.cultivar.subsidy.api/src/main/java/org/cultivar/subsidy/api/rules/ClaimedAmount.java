package org.cultivar.subsidy.api.rules;

import java.util.Map;
import java.util.Objects;

import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.api.AmountRule;
import org.cultivar.subsidy.api.ApplicationContext;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.Calculation;
import org.cultivar.subsidy.api.FieldType;
import org.cultivar.subsidy.api.MoneyText;

/** The amount the application claims in a money field (rent, technology, talent); wrap it in {@link Capped} for "up to". */
public record ClaimedAmount(String field) implements AmountRule {

    public ClaimedAmount {
        Objects.requireNonNull(field, "field");
    }

    @Override
    public Map<String, FieldType> fieldsRead() {
        return Map.of(field, FieldType.MONEY);
    }

    @Override
    public Calculation calculate(ApplicationContext context) {
        Money claimed = context.values().money(field).orElseThrow();
        return Calculation.start("claimed", claimed.yuan(), claimed.yuan(),
                BilingualText.of("申请金额 " + MoneyText.zh(claimed), "Amount claimed " + MoneyText.en(claimed)));
    }
}
