package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.CriterionResult.Outcome;
import org.cultivar.registry.api.YearlyFigures;

/**
 * The 2022 Little Giant R&amp;D test, which depends on last year's revenue (上年度营业收入): from
 * CNY 100 M an intensity of 3% in each of the last two years, from CNY 50 M 6%, and below
 * CNY 50 M the small-firm route (equity financing, R&amp;D spending over two years, R&amp;D staff).
 * A revenue exactly on a band edge belongs to the higher band.
 */
final class LittleGiantRdByRevenueBand {

    private LittleGiantRdByRevenueBand() {
    }

    static CriterionResult judge(FigureHistory figures, LittleGiant2022.Thresholds t) {
        Measure<Money> revenue = figures.latest("revenue", YearlyFigures::revenue);
        if (!revenue.held()) {
            return Criterion.RD_INTENSITY.noData(new Text("by last year's revenue band", "按上年度营业收入分档"), revenue.why());
        }
        if (revenue.value().compareTo(t.upperBand()) >= 0) {
            return InnovationCriteria.rdIntensityEachYear(figures, 2, t.upperIntensity(),
                    new Text("revenue ", "营业收入").then(Display.limitText("≥", t.upperBand())));
        }
        if (revenue.value().compareTo(t.middleBand()) >= 0) {
            return InnovationCriteria.rdIntensityEachYear(figures, 2, t.middleIntensity(),
                    new Text("revenue ", "营业收入").then(Display.limitText("≥", t.middleBand())).then(" and < ", "且 < ")
                            .then(Display.moneyText(t.upperBand())));
        }
        return smallFirmRoute(figures, t);
    }

    private static CriterionResult smallFirmRoute(FigureHistory figures, LittleGiant2022.Thresholds t) {
        Text threshold = new Text("revenue < ", "营业收入 < ").then(Display.moneyText(t.middleBand()))
                .then(": new equity financing (2 years) ", "：近2年新增股权融资 ").then(Display.limitText("≥", t.smallFirmEquity()))
                .then(", R&D expense (2 years) ", "，近2年研发费用 ").then(Display.limitText("≥", t.smallFirmRdExpense()))
                .then(", R&D staff ", "，研发人员占比 ").then(Display.limit("≥", t.smallFirmRdStaff()));
        Measure<Money> equity = figures.latest("new equity financing", YearlyFigures::newEquityFinancing);
        Measure<BigDecimal> rdExpense = InnovationCriteria.rdExpenseTotal(figures, 2);
        Measure<BigDecimal> rdStaff = InnovationCriteria.rdStaffShare(figures);
        List<String> shown = new ArrayList<>();
        List<String> shownZh = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        boolean failed = false;
        if (equity.held()) {
            shown.add("equity " + Display.money(equity.value()));
            shownZh.add("股权融资" + Display.moneyText(equity.value()).zh());
            failed |= equity.value().compareTo(t.smallFirmEquity()) < 0;
        } else {
            missing.add(equity.why());
        }
        if (rdExpense.held()) {
            shown.add("R&D " + Display.yuan(rdExpense.value()));
            shownZh.add("研发费用" + Display.yuanText(rdExpense.value()).zh());
            failed |= rdExpense.value().compareTo(t.smallFirmRdExpense().yuan()) < 0;
        } else {
            missing.add(rdExpense.why());
        }
        if (rdStaff.held()) {
            shown.add("R&D staff " + Display.percent(rdStaff.value()));
            shownZh.add("研发人员占比" + Display.percent(rdStaff.value()));
            failed |= rdStaff.value().compareTo(t.smallFirmRdStaff()) < 0;
        } else {
            missing.add(rdStaff.why());
        }
        Text value = shown.isEmpty() ? Text.same(Display.NONE) : new Text(String.join(", ", shown), String.join("，", shownZh));
        if (failed) {
            return Criterion.RD_INTENSITY.result(value, threshold, Outcome.FAIL, null);
        }
        return missing.isEmpty() ? Criterion.RD_INTENSITY.result(value, threshold, Outcome.PASS, null)
                : Criterion.RD_INTENSITY.result(value, threshold, Outcome.NO_DATA, Text.joined(missing, "; ", "；"));
    }
}
