package org.cultivar.subsidy.api.rules;

import java.math.BigDecimal;
import java.util.List;
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
 * A fixed amount by the band a claimed base falls in, lower edges inclusive (Huangpu investment:
 * 0.1/0.5/1/2/3/5/10 bn → 5/10/20/30/50/80/100 M). Below the lowest edge, nothing; the top
 * band's amount is therefore the table's cap.
 */
public record SteppedTable(String baseField, List<Band> bands) implements AmountRule {

    public SteppedTable {
        Objects.requireNonNull(baseField, "baseField");
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("A stepped table needs at least one band");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).from().compareTo(bands.get(i - 1).from()) <= 0) {
                throw new IllegalArgumentException("Band " + (i + 1) + " must start above band " + i);
            }
            if (bands.get(i).amount().compareTo(bands.get(i - 1).amount()) < 0) {
                // a larger base never earns less: top-ups and the cap rely on it
                throw new IllegalArgumentException("Band " + (i + 1) + " pays less than band " + i);
            }
        }
    }

    @Override
    public Map<String, FieldType> fieldsRead() {
        return Map.of(baseField, FieldType.MONEY);
    }

    @Override
    public Calculation calculate(ApplicationContext context) {
        Money base = context.values().money(baseField).orElseThrow();
        Calculation started = Calculation.start("base", base.yuan(), base.yuan(),
                BilingualText.of("基数 " + MoneyText.zh(base), "Base " + MoneyText.en(base)));
        Band reached = null;
        for (Band band : bands) {
            if (base.compareTo(band.from()) >= 0) {
                reached = band;
            }
        }
        if (reached == null) {
            Money lowest = bands.get(0).from();
            return started.then("band", lowest.yuan(), BigDecimal.ZERO, BilingualText.of(
                    "基数低于最低档 " + MoneyText.zh(lowest), "The base is below the lowest band, " + MoneyText.en(lowest)));
        }
        return started.then("band", reached.from().yuan(), reached.amount().yuan(), BilingualText.of(
                "达到 " + MoneyText.zh(reached.from()) + " 档，奖励 " + MoneyText.zh(reached.amount()),
                "Band from " + MoneyText.en(reached.from()) + ": " + MoneyText.en(reached.amount())));
    }
}
