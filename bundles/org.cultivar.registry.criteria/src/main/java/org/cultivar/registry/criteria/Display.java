package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.cultivar.core.api.money.Money;

/** Values and thresholds as a clerk reads them: "68.2%", "CNY 45,000,000", "≥ 70%", "1,450". */
final class Display {

    static final String NONE = "—";

    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final BigDecimal BILLION = new BigDecimal("1000000000");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    private static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");

    private Display() {
    }

    /** A percentage with one decimal, rounded half up: "68.2%". */
    static String percent(BigDecimal percent) {
        return format("#,##0.0", percent) + "%";
    }

    /** Whole yuan with grouping, fen only when there are any: "CNY 45,000,000". */
    static String money(Money amount) {
        return yuan(amount.yuan());
    }

    /** A sum of amounts, which may exceed what one {@link Money} holds. */
    static String yuan(BigDecimal yuan) {
        return "CNY " + format(yuan.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0", yuan);
    }

    /** Large amounts in millions or billions, for one-line details: "CNY 1.20 bn", "CNY 450.0 M". */
    static String moneyBrief(Money amount) {
        BigDecimal yuan = amount.yuan();
        if (yuan.abs().compareTo(BILLION) >= 0) {
            return "CNY " + format("#,##0.00", yuan.divide(BILLION)) + " bn";
        }
        if (yuan.abs().compareTo(MILLION) >= 0) {
            return "CNY " + format("#,##0.0", yuan.divide(MILLION)) + " M";
        }
        return money(amount);
    }

    static String count(long number) {
        return format("#,##0", BigDecimal.valueOf(number));
    }

    /** A threshold in percent as configured, without trailing zeros: "≥ 70%", "≤ 2.5%". */
    static String limit(String comparison, BigDecimal percent) {
        return comparison + " " + threshold(percent);
    }

    /** A configured percentage as entered: "70%", "2.5%". */
    static String threshold(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    static String limit(String comparison, Money amount) {
        return comparison + " " + money(amount);
    }

    /** "CNY 45,000,000" / "45,000,000元". */
    static Text moneyText(Money amount) {
        return yuanText(amount.yuan());
    }

    static Text yuanText(BigDecimal yuan) {
        return new Text(yuan(yuan), format(yuan.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0", yuan) + "元");
    }

    /** "CNY 146.0 M" / "1.46亿元", "CNY 4.5 M" / "450.0万元": large amounts in one short line. */
    static Text moneyBriefText(Money amount) {
        BigDecimal yuan = amount.yuan();
        String zh;
        if (yuan.abs().compareTo(HUNDRED_MILLION) >= 0) {
            zh = format("#,##0.00", yuan.divide(HUNDRED_MILLION)) + "亿元";
        } else if (yuan.abs().compareTo(TEN_THOUSAND) >= 0) {
            zh = format("#,##0.0", yuan.divide(TEN_THOUSAND)) + "万元";
        } else {
            zh = moneyText(amount).zh();
        }
        return new Text(moneyBrief(amount), zh);
    }

    /** "≥ CNY 1,000,000" / "≥ 1,000,000元". */
    static Text limitText(String comparison, Money amount) {
        return Text.same(comparison + " ").then(moneyText(amount));
    }

    private static String format(String pattern, BigDecimal number) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(number);
    }
}
