package org.cultivar.subsidy.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.cultivar.core.api.money.Money;

/**
 * An amount in yuan. Negative amounts are never accepted; {@code max} is where a claim stops
 * being plausible (or the schedule's cap, when a claim beyond it is an error rather than capped).
 *
 * @param maxDecimals 0 for whole yuan, at most 2 (the fen)
 */
public record MoneyField(String key, BilingualText label, boolean required, Money min, Money max, int maxDecimals)
        implements FieldSpec {

    public MoneyField {
        FieldSpec.checkedKey(key);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("Field " + key + ": limits must satisfy 0 ≤ min ≤ max");
        }
        if (maxDecimals < 0 || maxDecimals > 2) {
            throw new IllegalArgumentException("Field " + key + ": at most 2 decimals (the fen)");
        }
    }

    /** A required amount from 0 to {@code max}, to the fen. */
    public static MoneyField required(String key, BilingualText label, Money max) {
        return new MoneyField(key, label, true, Money.ZERO, max, 2);
    }

    @Override
    public FieldType type() {
        return FieldType.MONEY;
    }

    @Override
    public Money read(String text, LocalDate applicationDate) {
        String cleaned = text.strip().replace(",", "");
        if (!cleaned.matches("-?\\d{1,17}(\\.\\d+)?")) {
            throw new FieldValueException(Shown.quotedZh(text) + " 不是以元为单位的金额。", Shown.quoted(text) + " is not an amount of yuan");
        }
        BigDecimal yuan = new BigDecimal(cleaned);
        if (yuan.stripTrailingZeros().scale() > maxDecimals) {
            throw new FieldValueException(cleaned + (maxDecimals == 0 ? " 须为整元，不能有小数。" : " 的小数超过 " + maxDecimals + " 位。"),
                    cleaned + " has more than " + maxDecimals + " decimals");
        }
        Money amount = Money.ofYuan(yuan);
        if (amount.compareTo(min) < 0) {
            throw new FieldValueException(MoneyText.zh(amount) + " 低于下限 " + MoneyText.zh(min) + "。",
                    MoneyText.en(amount) + " is below the minimum of " + MoneyText.en(min));
        }
        if (amount.compareTo(max) > 0) {
            throw new FieldValueException(MoneyText.zh(amount) + " 高于上限 " + MoneyText.zh(max) + "。",
                    MoneyText.en(amount) + " is above the maximum of " + MoneyText.en(max));
        }
        return amount;
    }
}
