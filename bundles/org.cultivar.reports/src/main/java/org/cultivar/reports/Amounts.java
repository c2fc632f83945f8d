package org.cultivar.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.cultivar.core.api.money.Money;

/**
 * How money is written in running text (1,000,005.07). Templates format their amount fields
 * themselves with the same pattern; both work on {@link BigDecimal}, never on a double.
 */
final class Amounts {

    static final String PATTERN = "#,##0.00";

    private Amounts() {
    }

    static String figures(Money amount) {
        return figures(amount.yuan());
    }

    static String figures(BigDecimal yuan) {
        // a new format per call: DecimalFormat is not thread-safe, and reports fill in parallel
        DecimalFormat format = new DecimalFormat(PATTERN, DecimalFormatSymbols.getInstance(Locale.ROOT));
        // a calculation step may carry more than two decimals; shown to the fen the way Money rounds
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(yuan);
    }
}
