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

class InnovativeSmeTest {

    private final CriteriaEvaluatorComponent evaluator = Evaluators.standard();

    private CriteriaEvaluation evaluate(List<YearlyFigures> figures) {
        return evaluator.evaluate("innovative-sme-2022", ROBOTICS, figures, Purpose.NEW_APPLICATION);
    }

    @Test
    void equityFinancingOfExactlyFiveMillionQualifiesDirectly() {
        CriteriaEvaluation evaluation = evaluate(soundWith(Year.of(2024).equity("5000000").classOneIp(0).otherIp(0)));

        assertThat(outcome(evaluation, "direct-qualification")).isEqualTo(Outcome.PASS);
        assertThat(result(evaluation, "direct-qualification").value()).isEqualTo("new equity financing CNY 5,000,000");
        assertThat(outcome(evaluation, "total-points")).isEqualTo(Outcome.EXEMPT);
        assertThat(evaluation.passed()).isTrue();

        CriteriaEvaluation short1 = evaluate(soundWith(Year.of(2024).equity("4999999.99")));
        assertThat(short1.criteria()).noneMatch(result -> result.criterion().equals("direct-qualification"));
    }

    @Test
    void scienceAwardQualifiesDirectly() {
        CriteriaEvaluation evaluation = evaluate(soundWith(Year.of(2024).award(ScienceAward.PROVINCIAL)));
        assertThat(result(evaluation, "direct-qualification").value()).isEqualTo("provincial S&T award");
    }

    @Test
    void routeBPassesOnHeldIndicatorsAtTheBandEdges() {
        // R&D exactly 3% → 15, Class I → 10: innovation 25 ≥ 20; growth exactly 10% → 15, liabilities
        // exactly 55% → 10: growth 25; share exactly 70% → 20 plus 5 for any product field: 25; total 75
        List<YearlyFigures> figures = years(Year.of(2023).mainBusiness("70000000"),
                Year.of(2024).revenue("110000000").mainBusiness("77000000").rdExpense("3300000").liabilities("55000000"));
        CriteriaEvaluation evaluation = evaluate(figures);

        assertThat(result(evaluation, "innovation-points").value()).isEqualTo("25–35 points");
        assertThat(result(evaluation, "growth-points").value()).isEqualTo("25 points");
        assertThat(result(evaluation, "specialisation-points").value()).isEqualTo("25–30 points");
        assertThat(result(evaluation, "total-points").value()).isEqualTo("75–90 points");
        assertThat(evaluation.passed()).as("%s", evaluation.criteria()).isTrue();
    }

    @Test
    void routeBShortfallIsForAClerkBecauseRouteAConditionsAreNotHeld() {
        List<YearlyFigures> figures = years(Year.of(2023).mainBusiness("60000000"),
                Year.of(2024).mainBusiness("50000000").rdExpense("0").classOneIp(0).otherIp(0).liabilities("90000000"));
        CriteriaEvaluation evaluation = evaluate(figures);

        assertThat(result(evaluation, "innovation-points").value()).isEqualTo("0 points");
        assertThat(outcome(evaluation, "innovation-points")).isEqualTo(Outcome.NO_DATA);
        assertThat(result(evaluation, "innovation-points").note()).contains("High-tech Enterprise");
    }
}
