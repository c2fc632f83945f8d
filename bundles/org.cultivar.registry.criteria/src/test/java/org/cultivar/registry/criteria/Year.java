package org.cultivar.registry.criteria;

import java.math.BigDecimal;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.ScienceAward;
import org.cultivar.registry.api.YearlyFigures;

/** Builds one year's figures for a test; amounts in yuan as text, {@code null} where not reported. */
final class Year {

    private final int fiscalYear;
    private Integer employees = 300;
    private Integer rdStaff = 60;
    private String revenue = "120000000";
    private String mainBusiness = "108000000";
    private String assets = "100000000";
    private String liabilities = "40000000";
    private String rdExpense = "6000000";
    private String netProfit = "12000000";
    private String equity = "0";
    private Integer classOneIp = 5;
    private Integer otherIp = 10;
    private String marketShare = "15";
    private Integer yearsInSegment = 8;
    private ScienceAward award = ScienceAward.NONE;

    private Year(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    /** A sound Little Giant candidate of 2024 (CNY 120 M revenue, 90% main business, 5% R&D). */
    static Year of(int fiscalYear) {
        return new Year(fiscalYear);
    }

    Year employees(Integer value) { employees = value; return this; }
    Year rdStaff(Integer value) { rdStaff = value; return this; }
    Year revenue(String value) { revenue = value; return this; }
    Year mainBusiness(String value) { mainBusiness = value; return this; }
    Year assets(String value) { assets = value; return this; }
    Year liabilities(String value) { liabilities = value; return this; }
    Year rdExpense(String value) { rdExpense = value; return this; }
    Year netProfit(String value) { netProfit = value; return this; }
    Year equity(String value) { equity = value; return this; }
    Year classOneIp(Integer value) { classOneIp = value; return this; }
    Year otherIp(Integer value) { otherIp = value; return this; }
    Year marketShare(String value) { marketShare = value; return this; }
    Year yearsInSegment(Integer value) { yearsInSegment = value; return this; }
    Year award(ScienceAward value) { award = value; return this; }

    YearlyFigures figures() {
        return new YearlyFigures(fiscalYear, employees, rdStaff, money(revenue), money(mainBusiness), money(assets),
                money(liabilities), money(rdExpense), money(netProfit), money(equity), classOneIp, otherIp,
                marketShare == null ? null : new BigDecimal(marketShare), yearsInSegment, award);
    }

    private static Money money(String yuan) {
        return yuan == null ? null : Money.parse(yuan);
    }
}
