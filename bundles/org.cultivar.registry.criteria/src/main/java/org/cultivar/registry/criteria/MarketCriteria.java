package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.util.function.Function;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.CriterionResult.Outcome;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.YearlyFigures;

/** Criteria on the firm's niche: years in it, main-business focus and growth, market share, product field. */
final class MarketCriteria {

    private MarketCriteria() {
    }

    static CriterionResult yearsInSegment(Criterion criterion, FigureHistory figures, int minimumYears) {
        Text threshold = new Text("≥ " + minimumYears + " years", "≥ " + minimumYears + "年");
        Measure<Integer> years = figures.latest("years in the niche", YearlyFigures::yearsInSegment);
        if (!years.held()) {
            return criterion.noData(threshold, years.why());
        }
        return criterion.result(new Text(years.value() + " years", years.value() + "年"), threshold,
                Outcomes.atLeast(years.value(), minimumYears), null);
    }

    static Measure<BigDecimal> mainBusinessShare(FigureHistory figures) {
        return Ratios.share(figures.latest("main-business revenue", YearlyFigures::mainBusinessRevenue),
                figures.latest("revenue", YearlyFigures::revenue), "revenue", figures.latestYear());
    }

    static CriterionResult mainBusinessShare(FigureHistory figures, BigDecimal minimumPercent) {
        String threshold = Display.limit("≥", minimumPercent);
        Measure<BigDecimal> share = mainBusinessShare(figures);
        if (!share.held()) {
            return Criterion.MAIN_BUSINESS_SHARE.noData(threshold, share.why());
        }
        return Criterion.MAIN_BUSINESS_SHARE.result(Display.percent(share.value()), threshold,
                Outcomes.atLeast(share.value(), minimumPercent), null);
    }

    /**
     * Two-year growth of a figure against a minimum; at re-evaluation, when the rule waives it,
     * the growth is still shown but the criterion is exempt.
     *
     * @param waiver why the test is waived for this applicant, or {@code null} when it applies
     */
    static CriterionResult growth(Criterion criterion, Growth method, FigureHistory figures, String name,
                                  Function<YearlyFigures, Money> figure, BigDecimal minimumPercent, Text waiver) {
        String threshold = Display.limit("≥", minimumPercent);
        Measure<BigDecimal> growth = method.overTwoYears(figures, name, figure);
        CriterionResult result = growth.held()
                ? criterion.result(Display.percent(growth.value()), threshold,
                        Outcomes.atLeast(growth.value(), minimumPercent), null)
                : criterion.noData(threshold, growth.why());
        return waiver == null ? result : Outcomes.exempt(result, waiver);
    }

    /**
     * The leading product's domestic share against a minimum.
     *
     * @param alternative another way to meet the rule the figures do not show (e.g. a top-3 rank), or {@code null}
     */
    static CriterionResult marketShare(FigureHistory figures, BigDecimal minimumPercent, Text alternative) {
        String threshold = Display.limit("≥", minimumPercent);
        Measure<BigDecimal> share = figures.latest("market share", YearlyFigures::marketSharePercent);
        if (!share.held()) {
            return Criterion.MARKET_SHARE.noData(threshold, share.why());
        }
        CriterionResult result = Criterion.MARKET_SHARE.result(Display.percent(share.value()), threshold,
                Outcomes.atLeast(share.value(), minimumPercent), null);
        return alternative == null ? result : Outcomes.unlessNotHeld(result, alternative);
    }

    /**
     * The Little Giant product-field test (六基, the ten key manufacturing sectors, cyber-power
     * areas). The registry holds the Made in China 2025 sector only, which stands for the test;
     * a firm outside those sectors may still qualify through 六基 or cyber-power products.
     */
    static CriterionResult productField(Sector sector) {
        Text threshold = new Text("六基 / ten key manufacturing sectors / 网络强国 areas", "“六基”、制造业十大重点产业领域或网络强国建设领域");
        if (sector == null) {
            return Criterion.PRODUCT_FIELD.noData(threshold, new Text("sector not recorded", "未登记所属行业"));
        }
        Text value = new Text(sector.english() + " (" + sector.chinese() + ")", sector.chinese());
        if (sector.madeInChina2025()) {
            return Criterion.PRODUCT_FIELD.result(value, threshold, Outcome.PASS,
                    new Text("a Made in China 2025 sector stands for the product-field test", "属《中国制造2025》重点领域，视为符合"));
        }
        return Criterion.PRODUCT_FIELD.result(value, threshold, Outcome.NO_DATA,
                new Text("outside the Made in China 2025 sectors; a 六基 or 网络强国 product (not held) would qualify, a clerk decides",
                        "不属《中国制造2025》重点领域；“六基”或网络强国领域产品（登记系统未记录）亦可符合，由经办人员判断"));
    }
}
