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
            problems.add("figures", "缺少年度经营数据。", "The figures are missing.");
            return;
        }
        if (figures.fiscalYear() < FIRST_YEAR || figures.fiscalYear() > today.getYear()) {
            problems.add("fiscalYear", "年度 " + figures.fiscalYear() + " 应在 " + FIRST_YEAR + " 年至 " + today.getYear()
                    + " 年之间。", "Fiscal year " + figures.fiscalYear() + " must be between " + FIRST_YEAR
                    + " and " + today.getYear() + ".");
        }
        count("employees", "从业人数", "Employees", figures.employees(), problems);
        count("rdStaff", "研发人员数", "R&D staff", figures.rdStaff(), problems);
        count("classOneIp", "一类知识产权数", "Class I IP", figures.classOneIp(), problems);
        count("otherIp", "其他知识产权数", "Other IP", figures.otherIp(), problems);
        count("yearsInSegment", "从事细分市场年限", "Years in the segment", figures.yearsInSegment(), problems);
        amount("revenue", "营业收入", "Revenue", figures.revenue(), problems);
        amount("mainBusinessRevenue", "主营业务收入", "Main-business revenue", figures.mainBusinessRevenue(), problems);
        amount("totalAssets", "资产总额", "Total assets", figures.totalAssets(), problems);
        amount("totalLiabilities", "负债总额", "Total liabilities", figures.totalLiabilities(), problems);
        amount("rdExpense", "研发费用", "R&D expense", figures.rdExpense(), problems);
        amount("newEquityFinancing", "新增股权融资", "New equity financing", figures.newEquityFinancing(), problems);
        BigDecimal share = figures.marketSharePercent();
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0 || share.scale() > 4)) {
            problems.add("marketSharePercent", "市场占有率 " + Echo.zh(share.toPlainString())
                    + " 应为 0 至 100 之间的百分比数值，最多保留四位小数。", "Market share " + Echo.of(share.toPlainString())
                    + " must be a percentage from 0 to 100 with at most four decimals.");
        }
        if (figures.employees() != null && figures.rdStaff() != null && figures.rdStaff() > figures.employees()) {
            problems.add("rdStaff", "研发人员数（" + figures.rdStaff() + "）不能超过从业人数（" + figures.employees() + "）。",
                    "R&D staff (" + figures.rdStaff() + ") cannot exceed employees (" + figures.employees() + ").");
        }
        if (figures.revenue() != null && figures.mainBusinessRevenue() != null
                && figures.mainBusinessRevenue().compareTo(figures.revenue()) > 0) {
            problems.add("mainBusinessRevenue", "主营业务收入不能超过营业收入。",
                    "Main-business revenue cannot exceed total revenue.");
        }
    }

    private static void count(String field, String labelZh, String labelEn, Integer value, Problems problems) {
        if (value != null && value < 0) {
            problems.add(field, labelZh + "不能为负数。", labelEn + " cannot be negative.");
        }
    }

    private static void amount(String field, String labelZh, String labelEn, Money value, Problems problems) {
        if (value != null && value.isNegative()) {
            problems.add(field, labelZh + "不能为负数。", labelEn + " cannot be negative.");
        }
    }
}
