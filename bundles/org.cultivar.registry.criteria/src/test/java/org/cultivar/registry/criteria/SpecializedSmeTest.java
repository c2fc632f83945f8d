package org.cultivar.registry.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.registry.criteria.Evaluators.ROBOTICS;
import static org.cultivar.registry.criteria.Evaluators.outcome;
import static org.cultivar.registry.criteria.Evaluators.result;
import static org.cultivar.registry.criteria.Evaluators.soundWith;
import static org.cultivar.registry.criteria.Evaluators.years;

import java.util.List;

import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriteriaEvaluation.Purpose;
import org.cultivar.registry.api.CriterionResult.Outcome;
import org.cultivar.registry.api.ScienceAward;
import org.cultivar.registry.api.YearlyFigures;
import org.junit.jupiter.api.Test;

class SpecializedSmeTest {

    private final CriteriaEvaluatorComponent evaluator = Evaluators.standard();

    private CriteriaEvaluation evaluate(String ruleSet, List<YearlyFigures> figures) {
        return evaluator.evaluate(ruleSet, ROBOTICS, figures, Purpose.NEW_APPLICATION);
    }

    @Test
    void scoreFromHeldIndicatorsAloneReachesSixtyPoints() {
        // share 90% → 5, growth 9.5% → 8, 8 years → 4, margin 10% → 10, liabilities 40% → 5,
        // Class I → 6 (up to 10), R&D CNY 6 M → 10, R&D staff 20% → 5: 53 of the held 61 points
        CriteriaEvaluation evaluation = evaluate("specialized-sme-2022", soundWith(Year.of(2024)));

        assertThat(result(evaluation, "score-or-direct").value()).isEqualTo("53–97 points");
        assertThat(outcome(evaluation, "score-or-direct")).isEqualTo(Outcome.NO_DATA);
        assertThat(result(evaluation, "score-or-direct").note()).contains("R&D institution (up to 10)")
                .contains("digitalisation level (up to 5)");
    }

    @Test
    void directConditionsPassTheScoreCriterion() {
        CriteriaEvaluation award = evaluate("specialized-sme-2022", soundWith(Year.of(2024).award(ScienceAward.PROVINCIAL)));
        assertThat(outcome(award, "score-or-direct")).isEqualTo(Outcome.PASS);
        assertThat(result(award, "score-or-direct").note()).contains("provincial S&T award");

        CriteriaEvaluation equity = evaluate("specialized-sme-2022", soundWith(Year.of(2024).equity("60000000")));
        assertThat(outcome(equity, "score-or-direct")).isEqualTo(Outcome.PASS);

        List<YearlyFigures> rd = years(Year.of(2023).rdExpense("10000000"),
                Year.of(2024).rdExpense("10000000").revenue("200000000").mainBusiness("180000000"));
        assertThat(outcome(evaluate("specialized-sme-2022", rd), "score-or-direct")).isEqualTo(Outcome.PASS);
    }

    @Test
    void scoreThatCannotReachSixtyFailsUnlessMakerChinaApplies() {
        List<YearlyFigures> weak = years(Year.of(2022).mainBusiness("60000000"), Year.of(2023).mainBusiness("50000000"),
                Year.of(2024).mainBusiness("50000000").yearsInSegment(2).netProfit("0").liabilities("90000000")
                        .rdExpense("1000000").rdStaff(0).classOneIp(0).otherIp(0));
        CriteriaEvaluation evaluation = evaluate("specialized-sme-2022", weak);
        assertThat(result(evaluation, "score-or-direct").value()).isEqualTo("3–43 points");
        assertThat(outcome(evaluation, "score-or-direct")).isEqualTo(Outcome.NO_DATA);
        assertThat(result(evaluation, "score-or-direct").note()).contains("Maker China");
    }

    @Test
    void specialized2022RndAndRevenueEdges() {
        CriteriaEvaluation onEdges = evaluate("specialized-sme-2022", soundWith(Year.of(2024).revenue("33333333.34")
                .mainBusiness("30000000").rdExpense("1000000")));
        assertThat(outcome(onEdges, "rd-expense")).isEqualTo(Outcome.PASS);
        assertThat(outcome(onEdges, "rd-intensity")).isEqualTo(Outcome.FAIL);
        CriteriaEvaluation threePercent = evaluate("specialized-sme-2022", soundWith(Year.of(2024).revenue("10000000")
                .mainBusiness("9000000").rdExpense("1000000")));
        assertThat(outcome(threePercent, "rd-intensity")).isEqualTo(Outcome.PASS);
        assertThat(outcome(threePercent, "revenue-or-equity")).isEqualTo(Outcome.PASS);

        CriteriaEvaluation small = evaluate("specialized-sme-2022", soundWith(Year.of(2024).revenue("9999999.99")
                .mainBusiness("9000000").equity("20000000")));
        assertThat(outcome(small, "revenue-or-equity")).isEqualTo(Outcome.PASS);
        assertThat(result(small, "revenue-or-equity").note()).contains("equity financing");
        CriteriaEvaluation tooSmall = evaluate("specialized-sme-2022", soundWith(Year.of(2024).revenue("9999999.99")
                .mainBusiness("9000000").equity("19999999.99")));
        assertThat(outcome(tooSmall, "revenue-or-equity")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void specialized2026RaisesTheBar() {
        // 85% main business, 2 years in the niche: enough in 2022, not in 2026
        List<YearlyFigures> figures = soundWith(Year.of(2024).mainBusiness("102000000").yearsInSegment(2));
        CriteriaEvaluation current = evaluate("specialized-sme-2026", figures);
        assertThat(outcome(current, "main-business-share")).isEqualTo(Outcome.PASS);
        assertThat(outcome(current, "years-in-segment")).isEqualTo(Outcome.FAIL);
        assertThat(outcome(evaluate("specialized-sme-2022", figures), "years-in-segment")).isEqualTo(Outcome.PASS);

        CriteriaEvaluation leverage = evaluate("specialized-sme-2026", soundWith(Year.of(2024).liabilities("80000000")));
        assertThat(outcome(leverage, "liability-ratio")).isEqualTo(Outcome.PASS);
        CriteriaEvaluation revenue = evaluate("specialized-sme-2026", soundWith(Year.of(2024).revenue("15000000")
                .mainBusiness("14000000").rdExpense("1000000")));
        assertThat(outcome(revenue, "revenue-or-equity")).isEqualTo(Outcome.PASS);
        assertThat(outcome(revenue, "rd-expense")).isEqualTo(Outcome.PASS);
    }

    @Test
    void specialized2026IpExemptions() {
        CriteriaEvaluation none = evaluate("specialized-sme-2026", soundWith(Year.of(2024).classOneIp(0)));
        assertThat(outcome(none, "class-one-ip")).isEqualTo(Outcome.NO_DATA);
        assertThat(result(none, "class-one-ip").note()).contains("R&D institution");
        CriteriaEvaluation award = evaluate("specialized-sme-2026", soundWith(Year.of(2024).classOneIp(0)
                .award(ScienceAward.PROVINCIAL)));
        assertThat(outcome(award, "class-one-ip")).isEqualTo(Outcome.EXEMPT);
    }
}
