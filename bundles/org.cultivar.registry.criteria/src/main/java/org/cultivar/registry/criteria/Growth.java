package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.YearlyFigures;

/**
 * Growth over the last two years, from three fiscal years of one figure. The 2022 rules ask for
 * the <em>average</em> of the two yearly growth rates (近2年平均增长率); the 2026 rules for the
 * compound annual rate (复合增长率).
 */
enum Growth {
    AVERAGE, COMPOUND;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Growth in percent over the two years up to the latest, or which year or figure is missing. */
    Measure<BigDecimal> overTwoYears(FigureHistory history, String name, Function<YearlyFigures, Money> figure) {
        List<Integer> years = history.lastYears(3);
        int latest = years.get(0);
        int middle = years.get(1);
        int first = years.get(2);
        Measure<Money> last = history.get(latest, name, figure);
        Measure<Money> between = history.get(middle, name, figure);
        Measure<Money> start = history.get(first, name, figure);
        for (Measure<Money> measure : List.of(start, between, last)) {
            if (!measure.held()) {
                return Measure.missingAs(measure);
            }
        }
        if (start.value().yuan().signum() <= 0) {
            return Measure.missing(name + " of " + first + " is not positive, so growth is undefined",
                    first + "年度" + FigureNames.chinese(name) + "不为正数，无法计算增长率");
        }
        return this == AVERAGE ? average(start.value(), between.value(), last.value(), name, middle)
                : compound(start.value(), last.value(), name, latest);
    }

    private static Measure<BigDecimal> average(Money start, Money between, Money last, String name, int middle) {
        if (between.yuan().signum() <= 0) {
            return Measure.missing(name + " of " + middle + " is not positive, so growth is undefined",
                    middle + "年度" + FigureNames.chinese(name) + "不为正数，无法计算增长率");
        }
        BigDecimal first = Ratios.percent(between.yuan().subtract(start.yuan()), start.yuan());
        BigDecimal second = Ratios.percent(last.yuan().subtract(between.yuan()), between.yuan());
        return Measure.of(first.add(second).divide(TWO, Ratios.SCALE, RoundingMode.HALF_UP));
    }

    private static Measure<BigDecimal> compound(Money start, Money last, String name, int latest) {
        if (last.yuan().signum() < 0) {
            return Measure.missing(name + " of " + latest + " is negative, so growth is undefined",
                    latest + "年度" + FigureNames.chinese(name) + "为负数，无法计算增长率");
        }
        BigDecimal factor = last.yuan().divide(start.yuan(), MathContext.DECIMAL128);
        BigDecimal annual = factor.sqrt(MathContext.DECIMAL128).subtract(BigDecimal.ONE);
        return Measure.of(annual.multiply(HUNDRED).setScale(Ratios.SCALE, RoundingMode.HALF_UP));
    }

    /** Growth in percent from the year before the latest to the latest (the innovative-SME table), or what is missing. */
    static Measure<BigDecimal> lastYear(FigureHistory history, String name, Function<YearlyFigures, Money> figure) {
        List<Integer> years = history.lastYears(2);
        Measure<Money> last = history.get(years.get(0), name, figure);
        Measure<Money> before = history.get(years.get(1), name, figure);
        if (!before.held()) {
            return Measure.missingAs(before);
        }
        if (!last.held()) {
            return Measure.missingAs(last);
        }
        BigDecimal growth = Ratios.percent(last.value().yuan().subtract(before.value().yuan()), before.value().yuan());
        return growth == null ? Measure.missing(name + " of " + years.get(1) + " is not positive, so growth is undefined",
                years.get(1) + "年度" + FigureNames.chinese(name) + "不为正数，无法计算增长率")
                : Measure.of(growth);
    }
}
