package org.cultivar.registry.criteria;

import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.cultivar.registry.api.YearlyFigures;

/**
 * An enterprise's yearly figures by fiscal year. The latest year is the one judged ("last
 * year" in the rules); the years before it feed growth and two-year tests.
 */
final class FigureHistory {

    private final NavigableMap<Integer, YearlyFigures> byYear = new TreeMap<>();

    /** Figures in any order; of two entries for one year the later in the list wins (a newer revision). */
    FigureHistory(List<YearlyFigures> figures) {
        for (YearlyFigures year : figures) {
            if (year != null) {
                byYear.put(year.fiscalYear(), year);
            }
        }
    }

    /** The latest fiscal year, or 0 without figures. */
    int latestYear() {
        return byYear.isEmpty() ? 0 : byYear.lastKey();
    }

    Optional<YearlyFigures> latest() {
        return byYear.isEmpty() ? Optional.empty() : Optional.of(byYear.lastEntry().getValue());
    }

    /** The latest year and the {@code count - 1} years before it, latest first (they need not all exist). */
    List<Integer> lastYears(int count) {
        int latest = latestYear();
        return java.util.stream.IntStream.range(0, count).mapToObj(back -> latest - back).toList();
    }

    /** One figure of one year, or why it is not known. */
    <T> Measure<T> get(int fiscalYear, String name, Function<YearlyFigures, T> figure) {
        if (byYear.isEmpty()) {
            return Measure.missing("no figures recorded", "无年度数据");
        }
        YearlyFigures year = byYear.get(fiscalYear);
        if (year == null) {
            return Measure.missing("no figures for " + fiscalYear, "无" + fiscalYear + "年度数据");
        }
        T value = figure.apply(year);
        return value == null ? Measure.missing(name + " of " + fiscalYear + " not reported",
                fiscalYear + "年度" + FigureNames.chinese(name) + "未填报") : Measure.of(value);
    }

    <T> Measure<T> latest(String name, Function<YearlyFigures, T> figure) {
        return get(latestYear(), name, figure);
    }
}
