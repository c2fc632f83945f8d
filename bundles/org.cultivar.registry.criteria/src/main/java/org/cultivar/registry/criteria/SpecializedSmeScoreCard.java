package org.cultivar.registry.criteria;

import java.math.BigDecimal;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.YearlyFigures;

/**
 * The 100-point 专精特新 evaluation table of 2022 (criteria.md §1.4, from a secondary source, S4):
 * points from the indicators the figures hold; digitalisation, quality management, the main
 * product field, provincial distinctiveness and the R&amp;D institution are not held.
 */
final class SpecializedSmeScoreCard {

    static final int OUT_OF = 100;

    private static final Bands MAIN_BUSINESS_SHARE = Bands.none().from("80", 5).from("70", 3).from("60", 1);
    private static final Bands MAIN_BUSINESS_GROWTH = Bands.none().from("10", 10).from("8", 8).from("6", 6).from("4", 4)
            .from("0", 2);
    private static final Bands NET_MARGIN = Bands.none().from("10", 10).from("8", 8).from("6", 6).from("4", 4).from("2", 2);
    /** The table states "≥ 70% → 0" explicitly, so 70% itself scores nothing. */
    private static final Bands LIABILITY_RATIO = Bands.none().upTo("50", 5).upTo("60", 3).below("70", 1);
    private static final Bands RD_AMOUNT = Bands.none().from("5000000", 10).from("4000000", 8).from("3000000", 6)
            .from("2000000", 4).from("1000000", 2);
    private static final Bands RD_INTENSITY = Bands.none().from("10", 10).from("8", 8).from("6", 6).from("4", 4).from("3", 2);
    private static final Bands RD_STAFF = Bands.none().from("20", 5).from("10", 3).from("5", 1);

    private SpecializedSmeScoreCard() {
    }

    static Score score(FigureHistory figures) {
        int year = figures.latestYear();
        return new Score()
                .add(Points.of(MarketCriteria.mainBusinessShare(figures), MAIN_BUSINESS_SHARE, new Text("main-business share", "主营业务收入占比")))
                .add(Points.of(Growth.AVERAGE.overTwoYears(figures, "main-business revenue", YearlyFigures::mainBusinessRevenue),
                        MAIN_BUSINESS_GROWTH, new Text("main-business growth", "主营业务收入增长率")))
                .add(yearsInNiche(figures))
                .add(Points.notHeld(new Text("main product field", "主导产品所属领域"), 5))
                .add(Points.notHeld(new Text("digitalisation level", "数字化水平"), 5))
                .add(Points.notHeld(new Text("quality management", "质量管理水平"), 5))
                .add(Points.of(Ratios.share(figures.latest("net profit", YearlyFigures::netProfit),
                        figures.latest("revenue", YearlyFigures::revenue), "revenue", year), NET_MARGIN, new Text("net profit margin", "净利润率")))
                .add(Points.of(Ratios.share(figures.latest("total liabilities", YearlyFigures::totalLiabilities),
                        figures.latest("total assets", YearlyFigures::totalAssets), "total assets", year),
                        LIABILITY_RATIO, new Text("liabilities to assets", "资产负债率")))
                .add(Points.notHeld(new Text("provincial distinctiveness indicators (特色化)", "省级特色化指标"), 15))
                .add(IpPoints.of(figures, 6, 10, 2))
                .add(rdSpending(figures, year))
                .add(Points.of(InnovationCriteria.rdStaffShare(figures), RD_STAFF, new Text("R&D staff share", "研发人员占比")))
                .add(Points.notHeld(new Text("R&D institution", "研发机构"), 10));
    }

    /** One point per full two years in the niche, at most five. */
    private static Points yearsInNiche(FigureHistory figures) {
        Measure<Integer> years = figures.latest("years in the niche", YearlyFigures::yearsInSegment);
        return years.held() ? Points.held(Math.max(0, Math.min(5, years.value() / 2)))
                : Points.notHeld(new Text("years in the niche: ", "从事细分市场年限：").then(years.why()), 5);
    }

    /** The better of the amount and the share of revenue. */
    private static Points rdSpending(FigureHistory figures, int year) {
        Measure<Money> amount = figures.latest("R&D expense", YearlyFigures::rdExpense);
        Measure<BigDecimal> intensity = InnovationCriteria.rdIntensity(figures, year);
        int byAmount = amount.held() ? RD_AMOUNT.points(amount.value().yuan()) : 0;
        int byIntensity = intensity.held() ? RD_INTENSITY.points(intensity.value()) : 0;
        int certain = Math.max(byAmount, byIntensity);
        return amount.held() && intensity.held() ? Points.held(certain)
                : Points.partly(certain, RD_AMOUNT.max(), new Text("R&D expense or its share of revenue", "研发费用或其占营业收入比重"));
    }
}
