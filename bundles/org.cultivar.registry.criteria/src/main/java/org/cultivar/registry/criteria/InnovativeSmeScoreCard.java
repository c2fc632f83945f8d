package org.cultivar.registry.criteria;

import java.math.BigDecimal;

import org.cultivar.registry.api.YearlyFigures;

/**
 * Route B of the 2022 innovative-SME standard (criteria.md §1.3): innovation 40, growth 30,
 * specialisation 30 points. The main product field scores 5 for certain and 10 if it is in the
 * Strategic Emerging Industries Classification, which the registry does not hold.
 */
final class InnovativeSmeScoreCard {

    static final int INNOVATION_OUT_OF = 40;
    static final int GROWTH_OUT_OF = 30;
    static final int SPECIALISATION_OUT_OF = 30;

    private static final Bands RD_INTENSITY = Bands.none().from("5", 20).from("3", 15).from("2", 10).from("1", 5);
    private static final Bands MAIN_BUSINESS_GROWTH = Bands.none().from("15", 20).from("10", 15).from("5", 10).from("0", 5);
    private static final Bands LIABILITY_RATIO = Bands.none().upTo("55", 10).upTo("75", 5);
    private static final Bands MAIN_BUSINESS_SHARE = Bands.none().from("70", 20).from("60", 15).from("55", 10).from("50", 5);

    private InnovativeSmeScoreCard() {
    }

    static Score innovation(FigureHistory figures) {
        return new Score().add(IpPoints.of(figures, 10, 20, 5))
                .add(Points.of(InnovationCriteria.rdIntensity(figures, figures.latestYear()), RD_INTENSITY, new Text("R&D intensity", "研发投入强度")));
    }

    static Score growth(FigureHistory figures) {
        Measure<BigDecimal> liabilities = Ratios.share(figures.latest("total liabilities", YearlyFigures::totalLiabilities),
                figures.latest("total assets", YearlyFigures::totalAssets), "total assets", figures.latestYear());
        return new Score()
                .add(Points.of(Growth.lastYear(figures, "main-business revenue", YearlyFigures::mainBusinessRevenue),
                        MAIN_BUSINESS_GROWTH, new Text("main-business growth", "主营业务收入增长率")))
                .add(Points.of(liabilities, LIABILITY_RATIO, new Text("liabilities to assets", "资产负债率")));
    }

    static Score specialisation(FigureHistory figures) {
        return new Score().add(Points.partly(5, 10, new Text("main product in the Strategic Emerging Industries Classification",
                        "主导产品属于战略性新兴产业分类")))
                .add(Points.of(MarketCriteria.mainBusinessShare(figures), MAIN_BUSINESS_SHARE, new Text("main-business share", "主营业务收入占比")));
    }
}
