package org.cultivar.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.YearlyFigures;

/**
 * Checks a year's figures. Counts and amounts are never negative (net profit may be); a
 * main-business revenue above total revenue is refused as impossible, while an R&D expense above
 * revenue is accepted because loss-making young firms legitimately spend more than they sell.
 */
final class FiguresValidation {

    static final int FIRST_YEAR = 2000;

    private FiguresValidation() {
    }

    static void check(YearlyFigures figures, LocalDate today, Problems problems) {
        if (figures == null) {
            problems.add("figures", "The figures are missing.");
            return;
        }
        if (figures.fiscalYear() < FIRST_YEAR || figures.fiscalYear() > today.getYear()) {
            problems.add("fiscalYear", "Fiscal year " + figures.fiscalYear() + " must be between " + FIRST_YEAR
                    + " and " + today.getYear() + ".");
        }
        count("employees", "Employees", figures.employees(), problems);
        count("rdStaff", "R&D staff", figures.rdStaff(), problems);
        count("classOneIp", "Class I IP", figures.classOneIp(), problems);
        count("otherIp", "Other IP", figures.otherIp(), problems);
        count("yearsInSegment", "Years in the segment", figures.yearsInSegment(), problems);
        amount("revenue", "Revenue", figures.revenue(), problems);
        amount("mainBusinessRevenue", "Main-business revenue", figures.mainBusinessRevenue(), problems);
        amount("totalAssets", "Total assets", figures.totalAssets(), problems);
        amount("totalLiabilities", "Total liabilities", figures.totalLiabilities(), problems);
        amount("rdExpense", "R&D expense", figures.rdExpense(), problems);
        amount("newEquityFinancing", "New equity financing", figures.newEquityFinancing(), problems);
        BigDecimal share = figures.marketSharePercent();
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0 || share.scale() > 4)) {
            problems.add("marketSharePercent", "Market share " + Echo.of(share.toPlainString())
                    + " must be a percentage from 0 to 100 with at most four decimals.");
        }
        if (figures.employees() != null && figures.rdStaff() != null && figures.rdStaff() > figures.employees()) {
            problems.add("rdStaff", "R&D staff (" + figures.rdStaff() + ") cannot exceed employees (" + figures.employees() + ").");
        }
        if (figures.revenue() != null && figures.mainBusinessRevenue() != null
                && figures.mainBusinessRevenue().compareTo(figures.revenue()) > 0) {
            problems.add("mainBusinessRevenue", "Main-business revenue cannot exceed total revenue.");
        }
    }

    private static void count(String field, String label, Integer value, Problems problems) {
        if (value != null && value < 0) {
            problems.add(field, label + " cannot be negative.");
        }
    }

    private static void amount(String field, String label, Money value, Problems problems) {
        if (value != null && value.isNegative()) {
            problems.add(field, label + " cannot be negative.");
        }
    }
}
