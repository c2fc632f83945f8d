package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.CriterionResult.Outcome;
import org.cultivar.registry.api.YearlyFigures;

/** Criteria on R&amp;D spending and intellectual property. */
final class InnovationCriteria {

    private InnovationCriteria() {
    }

    /** R&amp;D expense ÷ revenue of one year, or what is missing. */
    static Measure<BigDecimal> rdIntensity(FigureHistory figures, int year) {
        return Ratios.share(figures.get(year, "R&D expense", YearlyFigures::rdExpense),
                figures.get(year, "revenue", YearlyFigures::revenue), "revenue", year);
    }

    /** R&amp;D intensity at least the minimum in each of the last {@code years} years: "3.4% (2024), 3.1% (2023)". */
    static CriterionResult rdIntensityEachYear(FigureHistory figures, int years, BigDecimal minimumPercent, Text condition) {
        Text threshold = Text.same(Display.limit("≥", minimumPercent))
                .then(years > 1 ? new Text(" in each of the last " + years + " years", "（近" + years + "年每年）") : Text.same(""))
                .then(condition == null ? Text.same("") : new Text(" (", "（").then(condition).then(")", "）"));
        List<String> shown = new ArrayList<>();
        List<String> shownZh = new ArrayList<>();
        Outcome outcome = Outcome.PASS;
        for (int year : figures.lastYears(years)) {
            Measure<BigDecimal> intensity = rdIntensity(figures, year);
            if (!intensity.held()) {
                return Criterion.RD_INTENSITY.noData(threshold, intensity.why());
            }
            shown.add(Display.percent(intensity.value()) + (years > 1 ? " (" + year + ")" : ""));
            shownZh.add(Display.percent(intensity.value()) + (years > 1 ? "（" + year + "年）" : ""));
            if (intensity.value().compareTo(minimumPercent) < 0) {
                outcome = Outcome.FAIL;
            }
        }
        return Criterion.RD_INTENSITY.result(new Text(String.join(", ", shown), String.join("，", shownZh)), threshold, outcome, null);
    }

    /** R&amp;D expense at least the minimum in each of the last {@code years} years. */
    static CriterionResult rdExpenseEachYear(FigureHistory figures, int years, Money minimum) {
        Text threshold = Display.limitText("≥", minimum)
                .then(years > 1 ? new Text(" in each of the last " + years + " years", "（近" + years + "年每年）") : Text.same(""));
        List<String> shown = new ArrayList<>();
        List<String> shownZh = new ArrayList<>();
        Outcome outcome = Outcome.PASS;
        for (int year : figures.lastYears(years)) {
            Measure<Money> expense = figures.get(year, "R&D expense", YearlyFigures::rdExpense);
            if (!expense.held()) {
                return Criterion.RD_EXPENSE.noData(threshold, expense.why());
            }
            shown.add(Display.money(expense.value()) + (years > 1 ? " (" + year + ")" : ""));
            shownZh.add(Display.moneyText(expense.value()).zh() + (years > 1 ? "（" + year + "年）" : ""));
            if (expense.value().compareTo(minimum) < 0) {
                outcome = Outcome.FAIL;
            }
        }
        return Criterion.RD_EXPENSE.result(new Text(String.join(", ", shown), String.join("，", shownZh)), threshold, outcome, null);
    }

    /** The sum of R&amp;D expense over the last {@code years} years, or what is missing. */
    static Measure<BigDecimal> rdExpenseTotal(FigureHistory figures, int years) {
        BigDecimal total = BigDecimal.ZERO;
        for (int year : figures.lastYears(years)) {
            Measure<Money> expense = figures.get(year, "R&D expense", YearlyFigures::rdExpense);
            if (!expense.held()) {
                return Measure.missingAs(expense);
            }
            total = total.add(expense.value().yuan());
        }
        return Measure.of(total);
    }

    static CriterionResult rdExpenseTotal(FigureHistory figures, int years, Money minimum) {
        Text threshold = Display.limitText("≥", minimum).then(" over " + years + " years", "（近" + years + "年合计）");
        Measure<BigDecimal> total = rdExpenseTotal(figures, years);
        if (!total.held()) {
            return Criterion.RD_EXPENSE_TOTAL.noData(threshold, total.why());
        }
        return Criterion.RD_EXPENSE_TOTAL.result(Display.yuanText(total.value()), threshold,
                Outcomes.atLeast(total.value(), minimum.yuan()), null);
    }

    /**
     * Class I IP items against a minimum.
     *
     * @param alternative another way to meet the rule the figures do not show, or {@code null}
     */
    static CriterionResult classOneIp(FigureHistory figures, int minimum, Text alternative) {
        Text threshold = new Text("≥ " + minimum + " items", "≥ " + minimum + "项");
        Measure<Integer> items = figures.latest("Class I IP", YearlyFigures::classOneIp);
        if (!items.held()) {
            return Criterion.CLASS_ONE_IP.noData(threshold, items.why());
        }
        CriterionResult result = Criterion.CLASS_ONE_IP.result(new Text(Display.count(items.value()) + " items",
                Display.count(items.value()) + "项"), threshold,
                Outcomes.atLeast(items.value(), minimum), null);
        return alternative == null ? result : Outcomes.unlessNotHeld(result, alternative);
    }

    /** R&amp;D staff ÷ employees of the latest year. */
    static Measure<BigDecimal> rdStaffShare(FigureHistory figures) {
        Measure<Integer> staff = figures.latest("R&D staff", YearlyFigures::rdStaff);
        Measure<Integer> employees = figures.latest("employees", YearlyFigures::employees);
        if (!staff.held()) {
            return Measure.missingAs(staff);
        }
        if (!employees.held()) {
            return Measure.missingAs(employees);
        }
        BigDecimal share = Ratios.percent(staff.value(), employees.value());
        return share == null ? Measure.missing("employees of " + figures.latestYear() + " is not positive",
                figures.latestYear() + "年度从业人员不为正数") : Measure.of(share);
    }
}
