package org.cultivar.registry.api;

import java.math.BigDecimal;

import org.cultivar.core.api.money.Money;

/**
 * One fiscal year's figures of an enterprise. A value the enterprise did not report is
 * {@code null}; criteria that need it say "no data" rather than failing.
 *
 * @param marketSharePercent the leading product's domestic market share, 0–100
 * @param classOneIp         invention patents and other Class I IP related to the main product
 * @param otherIp            Class II IP (utility models, designs, software copyrights)
 * @param newEquityFinancing paid-in equity from qualified institutional investors in the last two years
 */
public record YearlyFigures(int fiscalYear, Integer employees, Integer rdStaff, Money revenue,
                            Money mainBusinessRevenue, Money totalAssets, Money totalLiabilities, Money rdExpense,
                            Money netProfit, Money newEquityFinancing, Integer classOneIp, Integer otherIp,
                            BigDecimal marketSharePercent, Integer yearsInSegment, ScienceAward scienceAward) {

    /** Liabilities ÷ assets as a fraction, or {@code null} without both. */
    public BigDecimal liabilityRatio() {
        if (totalAssets == null || totalLiabilities == null || totalAssets.isZero()) {
            return null;
        }
        return totalLiabilities.yuan().divide(totalAssets.yuan(), 6, java.math.RoundingMode.HALF_UP);
    }
}
