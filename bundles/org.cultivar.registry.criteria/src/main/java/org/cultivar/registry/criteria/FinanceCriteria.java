package org.cultivar.registry.criteria;

import java.math.BigDecimal;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.CriterionResult.Outcome;
import org.cultivar.registry.api.YearlyFigures;

/** Criteria on size, revenue and the balance sheet of the latest year. */
final class FinanceCriteria {

    /** 工信部联企业〔2011〕300号, industry: an SME has fewer than 1,000 employees OR revenue below CNY 400 M. */
    static final int SME_EMPLOYEE_LIMIT = 1000;
    static final Money SME_REVENUE_LIMIT = Money.parse("400000000");

    private FinanceCriteria() {
    }

    /** Large only if both limits are reached (DOMAIN.md): one figure under its limit is enough to be an SME. */
    static CriterionResult smeSize(FigureHistory figures) {
        Text threshold = new Text("< " + Display.count(SME_EMPLOYEE_LIMIT) + " employees or revenue < ",
                "从业人员 < " + Display.count(SME_EMPLOYEE_LIMIT) + "人或营业收入 < ").then(Display.moneyText(SME_REVENUE_LIMIT));
        Measure<Integer> employees = figures.latest("employees", YearlyFigures::employees);
        Measure<Money> revenue = figures.latest("revenue", YearlyFigures::revenue);
        Text value = (employees.held() ? new Text(Display.count(employees.value()) + " employees",
                "从业人员" + Display.count(employees.value()) + "人") : new Text("employees —", "从业人员 —"))
                .then(", revenue ", "，营业收入").then(revenue.held() ? Display.moneyBriefText(revenue.value()) : Text.same(Display.NONE));
        boolean fewEmployees = employees.held() && employees.value() < SME_EMPLOYEE_LIMIT;
        boolean smallRevenue = revenue.held() && revenue.value().compareTo(SME_REVENUE_LIMIT) < 0;
        if (fewEmployees || smallRevenue) {
            return Criterion.SME_SIZE.result(value, threshold, Outcome.PASS, null);
        }
        if (employees.held() && revenue.held()) {
            return Criterion.SME_SIZE.result(value, threshold, Outcome.FAIL,
                    new Text("both limits reached: a large enterprise", "两项均达上限：属大型企业"));
        }
        return Criterion.SME_SIZE.result(value, threshold, Outcome.NO_DATA,
                employees.held() ? revenue.why() : employees.why());
    }

    static CriterionResult revenueAtLeast(FigureHistory figures, Money minimum) {
        Text threshold = Display.limitText("≥", minimum);
        Measure<Money> revenue = figures.latest("revenue", YearlyFigures::revenue);
        if (!revenue.held()) {
            return Criterion.REVENUE.noData(threshold, revenue.why());
        }
        return Criterion.REVENUE.result(Display.moneyText(revenue.value()), threshold,
                Outcomes.atLeast(revenue.value(), minimum), null);
    }

    /** Revenue of at least {@code minimum}, or else new equity financing (last two years) of at least {@code equity}. */
    static CriterionResult revenueOrEquity(FigureHistory figures, Money minimum, Money equity) {
        Text threshold = Display.limitText("≥", minimum).then(", or new equity financing (2 years) ", "，或近2年新增股权融资 ")
                .then(Display.limitText("≥", equity));
        Measure<Money> revenue = figures.latest("revenue", YearlyFigures::revenue);
        Measure<Money> financing = figures.latest("new equity financing", YearlyFigures::newEquityFinancing);
        Text value = new Text("revenue ", "营业收入").then(revenue.held() ? Display.moneyText(revenue.value()) : Text.same(Display.NONE))
                .then(financing.held() ? new Text(", equity ", "，股权融资").then(Display.moneyText(financing.value())) : Text.same(""));
        if (revenue.held() && revenue.value().compareTo(minimum) >= 0) {
            return Criterion.REVENUE_OR_EQUITY.result(value, threshold, Outcome.PASS, null);
        }
        if (financing.held() && financing.value().compareTo(equity) >= 0) {
            return Criterion.REVENUE_OR_EQUITY.result(value, threshold, Outcome.PASS,
                    new Text("qualifies by new equity financing", "以新增股权融资达标"));
        }
        if (revenue.held() && financing.held()) {
            return Criterion.REVENUE_OR_EQUITY.result(value, threshold, Outcome.FAIL, null);
        }
        return Criterion.REVENUE_OR_EQUITY.result(value, threshold, Outcome.NO_DATA,
                revenue.held() ? financing.why() : revenue.why());
    }

    static CriterionResult liabilityRatio(FigureHistory figures, BigDecimal maximumPercent) {
        String threshold = Display.limit("≤", maximumPercent);
        int year = figures.latestYear();
        Measure<BigDecimal> ratio = Ratios.share(figures.latest("total liabilities", YearlyFigures::totalLiabilities),
                figures.latest("total assets", YearlyFigures::totalAssets), "total assets", year);
        if (!ratio.held()) {
            return Criterion.LIABILITY_RATIO.noData(threshold, ratio.why());
        }
        return Criterion.LIABILITY_RATIO.result(Display.percent(ratio.value()), threshold,
                Outcomes.atMost(ratio.value(), maximumPercent), null);
    }
}
