package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.YearlyFigures;

/**
 * The figure-based red flags auditors look at (DOMAIN.md "Risks"): above SME size, member of a
 * group, weak growth, high leverage. Missing figures raise no flag; the criteria report them.
 */
final class RedFlags {

    record Thresholds(BigDecimal weakGrowthBelow, BigDecimal highLeverageAbove) {
    }

    private RedFlags() {
    }

    static List<RedFlag> of(Enterprise enterprise, FigureHistory figures, Thresholds thresholds) {
        List<RedFlag> flags = new ArrayList<>();
        aboveSmeSize(figures).ifPresent(flags::add);
        if (enterprise != null && enterprise.subsidiary()) {
            flags.add(new RedFlag(RedFlag.Kind.GROUP_SUBSIDIARY, "member of the group " + enterprise.parentGroup()));
        }
        Measure<BigDecimal> growth = Growth.AVERAGE.overTwoYears(figures, "revenue", YearlyFigures::revenue);
        if (growth.held() && growth.value().compareTo(thresholds.weakGrowthBelow()) < 0) {
            flags.add(new RedFlag(RedFlag.Kind.WEAK_GROWTH, "average revenue growth " + Display.percent(growth.value())
                    + " over " + (figures.latestYear() - 2) + "–" + figures.latestYear() + " (flag below "
                    + Display.threshold(thresholds.weakGrowthBelow()) + ")"));
        }
        Measure<BigDecimal> leverage = Ratios.share(figures.latest("total liabilities", YearlyFigures::totalLiabilities),
                figures.latest("total assets", YearlyFigures::totalAssets), "total assets", figures.latestYear());
        if (leverage.held() && leverage.value().compareTo(thresholds.highLeverageAbove()) > 0) {
            flags.add(new RedFlag(RedFlag.Kind.HIGH_LEVERAGE, "liabilities " + Display.percent(leverage.value())
                    + " of assets in " + figures.latestYear() + " (flag above "
                    + Display.threshold(thresholds.highLeverageAbove()) + ")"));
        }
        return flags;
    }

    /** Both 1,000+ employees and CNY 400 M+ revenue: not an SME. */
    private static Optional<RedFlag> aboveSmeSize(FigureHistory figures) {
        Integer employees = figures.latest("employees", YearlyFigures::employees).value();
        Money revenue = figures.latest("revenue", YearlyFigures::revenue).value();
        if (employees == null || revenue == null || employees < FinanceCriteria.SME_EMPLOYEE_LIMIT
                || revenue.compareTo(FinanceCriteria.SME_REVENUE_LIMIT) < 0) {
            return Optional.empty();
        }
        return Optional.of(new RedFlag(RedFlag.Kind.ABOVE_SME_SIZE, "revenue " + Display.moneyBrief(revenue)
                + ", " + Display.count(employees) + " employees in " + figures.latestYear()));
    }
}
