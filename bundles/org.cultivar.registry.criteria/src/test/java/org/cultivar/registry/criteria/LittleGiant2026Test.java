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

class LittleGiant2026Test {

    private final CriteriaEvaluatorComponent evaluator = Evaluators.standard();

    private CriteriaEvaluation evaluate(List<YearlyFigures> figures) {
        return evaluator.evaluate("little-giant-2026", ROBOTICS, figures, Purpose.NEW_APPLICATION);
    }

    @Test
    void soundFirmExactlyOnThe2026EdgesPasses() {
        // 90% main business, CNY 12 M R&D over two years, 5 Class I items: every edge met exactly or above
        CriteriaEvaluation evaluation = evaluate(soundWith(Year.of(2024)));

        assertThat(evaluation.passed()).as("%s", evaluation.criteria()).isTrue();
        assertThat(result(evaluation, "rd-expense-total").value()).isEqualTo("CNY 12,000,000");
        assertThat(result(evaluation, "revenue-growth").value()).isEqualTo("9.5%");
    }

    @Test
    void sameFiguresPass2022MainBusinessTestButFail2026() {
        // CNY 60 M revenue, 85% main business
        List<YearlyFigures> figures = years(Year.of(2022).revenue("50000000").mainBusiness("42500000"),
                Year.of(2023).revenue("55000000").mainBusiness("46750000"),
                Year.of(2024).revenue("60000000").mainBusiness("51000000"));

        CriteriaEvaluation old = evaluator.evaluate("little-giant-2022", ROBOTICS, figures, Purpose.NEW_APPLICATION);
        CriteriaEvaluation current = evaluate(figures);

        assertThat(outcome(old, "main-business-share")).isEqualTo(Outcome.PASS);
        assertThat(outcome(current, "main-business-share")).isEqualTo(Outcome.FAIL);
        assertThat(result(current, "main-business-share").value()).isEqualTo("85.0%");
        assertThat(result(current, "main-business-share").threshold()).isEqualTo("≥ 90%");
        assertThat(current.ruleSetId()).isEqualTo("little-giant-2026");
    }

    @Test
    void revenueAndLeverageAndRndAtTheirEdges() {
        CriteriaEvaluation onEdges = evaluate(soundWith(Year.of(2024).revenue("50000000").mainBusiness("45000000")
                .liabilities("75000000").rdExpense("6000000")));
        assertThat(outcome(onEdges, "revenue")).isEqualTo(Outcome.PASS);
        assertThat(outcome(onEdges, "liability-ratio")).isEqualTo(Outcome.PASS);
        CriteriaEvaluation below = evaluate(soundWith(Year.of(2024).revenue("49999999.99").mainBusiness("45000000")
                .liabilities("75000000.01").rdExpense("5999999.99")));
        assertThat(outcome(below, "revenue")).isEqualTo(Outcome.FAIL);
        assertThat(outcome(below, "liability-ratio")).isEqualTo(Outcome.FAIL);
        assertThat(outcome(below, "rd-expense-total")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void compoundGrowthExactlyFivePercentPasses() {
        List<YearlyFigures> figures = years(Year.of(2022).revenue("100000000"), Year.of(2023).revenue("103000000"),
                Year.of(2024).revenue("110250000").mainBusiness("100000000"));
        assertThat(result(evaluate(figures), "revenue-growth").value()).isEqualTo("5.0%");
        assertThat(outcome(evaluate(figures), "revenue-growth")).isEqualTo(Outcome.PASS);
    }

    @Test
    void growthIsNotTestedAtReevaluation() {
        List<YearlyFigures> flat = years(Year.of(2022), Year.of(2023), Year.of(2024));
        assertThat(outcome(evaluate(flat), "revenue-growth")).isEqualTo(Outcome.FAIL);
        CriteriaEvaluation reevaluation = evaluator.evaluate("little-giant-2026", ROBOTICS, flat, Purpose.REEVALUATION);
        assertThat(outcome(reevaluation, "revenue-growth")).isEqualTo(Outcome.EXEMPT);
    }

    @Test
    void nationalAwardExemptsOnlyTheIpTest() {
        CriteriaEvaluation evaluation = evaluate(soundWith(Year.of(2024).classOneIp(3).rdExpense("1000000")
                .award(ScienceAward.NATIONAL)));
        assertThat(outcome(evaluation, "class-one-ip")).isEqualTo(Outcome.EXEMPT);
        assertThat(outcome(evaluation, "rd-intensity")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void marketShareBelowTenPercentIsForAClerkBecauseATopThreeRankAlsoQualifies() {
        CriteriaEvaluation evaluation = evaluate(soundWith(Year.of(2024).marketShare("8")));
        assertThat(outcome(evaluation, "market-share")).isEqualTo(Outcome.NO_DATA);
        assertThat(result(evaluation, "market-share").note()).contains("top 3 in China");
    }
}
