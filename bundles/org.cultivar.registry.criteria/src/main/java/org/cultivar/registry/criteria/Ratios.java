package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.cultivar.core.api.money.Money;

/** Shares and ratios of figures in percent, in BigDecimal: a band edge must compare exactly. */
final class Ratios {

    /**
     * Enough decimals that rounding never moves a value across an edge: amounts have at most 17
     * integer digits and two decimals, so a share differs from an edge of up to four decimals by
     * at least about 1e-23 unless it equals it.
     */
    static final int SCALE = 24;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {
    }

    /** part ÷ whole × 100, or {@code null} when the whole is not positive (the share is then meaningless). */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(Money part, Money whole) {
        return percent(part.yuan(), whole.yuan());
    }

    static BigDecimal percent(int part, int whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /**
     * {@code part} as a share of {@code whole} from two measures of one year: the share, or what is
     * missing, or that the whole is not positive.
     */
    static Measure<BigDecimal> share(Measure<Money> part, Measure<Money> whole, String wholeName, int fiscalYear) {
        if (!part.held()) {
            return Measure.missingAs(part);
        }
        if (!whole.held()) {
            return Measure.missingAs(whole);
        }
        BigDecimal percent = percent(part.value(), whole.value());
        return percent == null ? Measure.missing(wholeName + " of " + fiscalYear + " is not positive",
                fiscalYear + "年度" + FigureNames.chinese(wholeName) + "不为正数") : Measure.of(percent);
    }
}
