package org.cultivar.subsidy.api;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.cultivar.core.api.money.Money;

/** Amounts as explanations show them: grouped yuan with the fen, e.g. "CNY 2,000,000.00" and "2,000,000.00元". */
public final class MoneyText {

    private MoneyText() {
    }

    public static String en(Money amount) {
        return "CNY " + grouped(amount);
    }

    public static String zh(Money amount) {
        return grouped(amount) + "元";
    }

    private static String grouped(Money amount) {
        // a new format per call: DecimalFormat is not thread-safe
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount.yuan());
    }
}
