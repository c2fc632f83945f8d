package org.cultivar.registry.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.registry.criteria.Evaluators.ROBOTICS;
import static org.cultivar.registry.criteria.Evaluators.outcome;
import static org.cultivar.registry.criteria.Evaluators.result;
import static org.cultivar.registry.criteria.Evaluators.years;

import java.util.List;

import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriteriaEvaluation.Purpose;
import org.cultivar.registry.api.CriterionResult.Outcome;
import org.cultivar.registry.api.YearlyFigures;
import org.junit.jupiter.api.Test;

class ManufacturingChampionTest {

    private final CriteriaEvaluatorComponent evaluator = Evaluators.standard();

    private CriteriaEvaluation evaluate(List<YearlyFigures> figures) {
        return evaluator.evaluate("manufacturing-champion-2023", ROBOTICS, figures, Purpose.NEW_APPLICATION);
    }

    @Test
    void averageMainBusinessRevenueExactlyFourHundredMillionPasses() {
        CriteriaEvaluation evaluation = evaluate(years(Year.of(2022).mainBusiness("300000000"),
                Year.of(2023).mainBusiness("400000000"), Year.of(2024).mainBusiness("500000000").yearsInSegment(10)));
        assertThat(outcome(evaluation, "main-business-revenue-average")).isEqualTo(Outcome.PASS);
        assertThat(result(evaluation, "main-business-revenue-average").value()).isEqualTo("CNY 400,000,000");
        assertThat(outcome(evaluation, "years-in-field")).isEqualTo(Outcome.PASS);
    }

    @Test
    void reducedMinimumAndNewProductYearsAreForAClerk() {
        CriteriaEvaluation evaluation = evaluate(years(Year.of(2022).mainBusiness("200000000"),
                Year.of(2023).mainBusiness("200000000"), Year.of(2024).mainBusiness("200000000").yearsInSegment(5)));
        assertThat(outcome(evaluation, "main-business-revenue-average")).isEqualTo(Outcome.NO_DATA);
        assertThat(outcome(evaluation, "years-in-field")).isEqualTo(Outcome.NO_DATA);

        CriteriaEvaluation small = evaluate(years(Year.of(2022).mainBusiness("199999999.99"),
                Year.of(2023).mainBusiness("200000000"), Year.of(2024).mainBusiness("200000000").yearsInSegment(4)));
        assertThat(outcome(small, "main-business-revenue-average")).isEqualTo(Outcome.FAIL);
        assertThat(outcome(small, "years-in-field")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void missingYearIsNamed() {
        CriteriaEvaluation evaluation = evaluate(years(Year.of(2023), Year.of(2024)));
        assertThat(result(evaluation, "main-business-revenue-average").note()).isEqualTo("no figures for 2022");
    }
}
