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
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.YearlyFigures;
import org.junit.jupiter.api.Test;

class LittleGiant2022Test {

    private final CriteriaEvaluatorComponent evaluator = Evaluators.standard();

    private CriteriaEvaluation evaluate(List<YearlyFigures> figures) {
        return evaluator.evaluate("little-giant-2022", ROBOTICS, figures, Purpose.NEW_APPLICATION);
    }

    @Test
    void soundFirmPassesEveryCriterionAndRecordsTheRuleSet() {
        CriteriaEvaluation evaluation = evaluate(soundWith(Year.of(2024)));

        assertThat(evaluation.passed()).as("%s", evaluation.criteria()).isTrue();
        assertThat(evaluation.ruleSetId()).isEqualTo("little-giant-2022");
        assertThat(evaluation.tier()).isEqualTo(Tier.LITTLE_GIANT);
        assertThat(evaluation.fiscalYear()).isEqualTo(2024);
        assertThat(result(evaluation, "main-business-share").value()).isEqualTo("90.0%");
        assertThat(result(evaluation, "main-business-share").threshold()).isEqualTo("≥ 70%");
        assertThat(result(evaluation, "liability-ratio").threshold()).isEqualTo("≤ 70%");
        assertThat(result(evaluation, "main-business-growth").value()).isEqualTo("9.5%");
        assertThat(evaluation.criteria()).allSatisfy(criterion -> {
            assertThat(criterion.labelZh()).isNotBlank();
            assertThat(criterion.labelEn()).isNotBlank();
        });
    }

    @Test
    void mainBusinessShareExactlyOnTheEdgePasses() {
        assertThat(outcome(evaluate(soundWith(Year.of(2024).mainBusiness("84000000"))), "main-business-share"))
                .isEqualTo(Outcome.PASS);
        assertThat(outcome(evaluate(soundWith(Year.of(2024).mainBusiness("83999999.99"))), "main-business-share"))
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void liabilityRatioExactlySeventyPercentPasses() {
        assertThat(outcome(evaluate(soundWith(Year.of(2024).liabilities("70000000"))), "liability-ratio"))
                .isEqualTo(Outcome.PASS);
        CriteriaEvaluation above = evaluate(soundWith(Year.of(2024).liabilities("70000000.01")));
        assertThat(outcome(above, "liability-ratio")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void averageGrowthExactlyFivePercentPasses() {
        // 100 → 105 → 110.25: both years exactly 5%
        List<YearlyFigures> figures = years(Year.of(2022).mainBusiness("100000000"),
                Year.of(2023).mainBusiness("105000000"), Year.of(2024).mainBusiness("110250000"));
        assertThat(outcome(evaluate(figures), "main-business-growth")).isEqualTo(Outcome.PASS);
        List<YearlyFigures> slower = years(Year.of(2022).mainBusiness("100000000"),
                Year.of(2023).mainBusiness("105000000"), Year.of(2024).mainBusiness("110249999"));
        assertThat(outcome(evaluate(slower), "main-business-growth")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void marketShareAndYearsAndIpAtTheirEdges() {
        CriteriaEvaluation onEdges = evaluate(soundWith(Year.of(2024).marketShare("10").yearsInSegment(3).classOneIp(2)));
        assertThat(outcome(onEdges, "market-share")).isEqualTo(Outcome.PASS);
        assertThat(outcome(onEdges, "years-in-segment")).isEqualTo(Outcome.PASS);
        assertThat(outcome(onEdges, "class-one-ip")).isEqualTo(Outcome.PASS);
        CriteriaEvaluation below = evaluate(soundWith(Year.of(2024).marketShare("9.99").yearsInSegment(2).classOneIp(1)));
        assertThat(outcome(below, "market-share")).isEqualTo(Outcome.FAIL);
        assertThat(outcome(below, "years-in-segment")).isEqualTo(Outcome.FAIL);
        assertThat(outcome(below, "class-one-ip")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void revenueExactlyCny100MillionNeedsThreePercentOfRnd() {
        // 3.5% R&D: enough in the upper band (≥ 100 M), not in the middle band (needs 6%)
        List<YearlyFigures> upper = years(Year.of(2023).revenue("100000000").rdExpense("3500000"),
                Year.of(2024).revenue("100000000").mainBusiness("90000000").rdExpense("3500000"));
        assertThat(result(evaluate(upper), "rd-intensity").threshold()).contains("≥ 3%");
        assertThat(outcome(evaluate(upper), "rd-intensity")).isEqualTo(Outcome.PASS);

        List<YearlyFigures> middle = years(Year.of(2023).revenue("100000000").rdExpense("3500000"),
                Year.of(2024).revenue("99999999.99").mainBusiness("90000000").rdExpense("3500000"));
        assertThat(result(evaluate(middle), "rd-intensity").threshold()).contains("≥ 6%");
        assertThat(outcome(evaluate(middle), "rd-intensity")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void revenueExactlyCny50MillionIsInTheMiddleBandAndEachYearCounts() {
        List<YearlyFigures> sixPercentBothYears = years(Year.of(2023).revenue("50000000").rdExpense("3000000"),
                Year.of(2024).revenue("50000000").mainBusiness("45000000").rdExpense("3000000"));
        assertThat(result(evaluate(sixPercentBothYears), "rd-intensity").value()).isEqualTo("6.0% (2024), 6.0% (2023)");
        assertThat(outcome(evaluate(sixPercentBothYears), "rd-intensity")).isEqualTo(Outcome.PASS);

        List<YearlyFigures> weakEarlierYear = years(Year.of(2023).revenue("50000000").rdExpense("2999999.99"),
                Year.of(2024).revenue("50000000").mainBusiness("45000000").rdExpense("3000000"));
        assertThat(outcome(evaluate(weakEarlierYear), "rd-intensity")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void revenueBelowCny50MillionTakesTheSmallFirmRoute() {
        List<YearlyFigures> qualifies = years(Year.of(2023).revenue("40000000").rdExpense("15000000"),
                Year.of(2024).revenue("49999999.99").mainBusiness("45000000").rdExpense("15000000")
                        .equity("80000000").employees(100).rdStaff(50));
        CriteriaEvaluation evaluation = evaluate(qualifies);
        assertThat(outcome(evaluation, "rd-intensity")).isEqualTo(Outcome.PASS);
        assertThat(result(evaluation, "rd-intensity").threshold()).startsWith("revenue < CNY 50,000,000");

        List<YearlyFigures> tooLittleEquity = years(Year.of(2023).revenue("40000000").rdExpense("15000000"),
                Year.of(2024).revenue("40000000").mainBusiness("36000000").rdExpense("15000000")
                        .equity("79999999.99").employees(100).rdStaff(50));
        assertThat(outcome(evaluate(tooLittleEquity), "rd-intensity")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void nationalAwardExemptsTheInnovationCriteria() {
        CriteriaEvaluation evaluation = evaluate(soundWith(Year.of(2024).rdExpense("0").classOneIp(0)
                .award(ScienceAward.NATIONAL)));

        assertThat(outcome(evaluation, "rd-intensity")).isEqualTo(Outcome.EXEMPT);
        assertThat(outcome(evaluation, "class-one-ip")).isEqualTo(Outcome.EXEMPT);
        assertThat(result(evaluation, "class-one-ip").note()).contains("national S&T award");
        assertThat(evaluation.passed()).isTrue();

        CriteriaEvaluation provincial = evaluate(soundWith(Year.of(2024).classOneIp(0).award(ScienceAward.PROVINCIAL)));
        assertThat(outcome(provincial, "class-one-ip")).isEqualTo(Outcome.FAIL);
    }

    @Test
    void growthIsWaivedAtReevaluation() {
        List<YearlyFigures> shrinking = years(Year.of(2022).mainBusiness("120000000"),
                Year.of(2023).mainBusiness("110000000"), Year.of(2024));

        assertThat(outcome(evaluate(shrinking), "main-business-growth")).isEqualTo(Outcome.FAIL);
        CriteriaEvaluation reevaluation = evaluator.evaluate("little-giant-2022", ROBOTICS, shrinking, Purpose.REEVALUATION);
        assertThat(outcome(reevaluation, "main-business-growth")).isEqualTo(Outcome.EXEMPT);
        assertThat(result(reevaluation, "main-business-growth").value()).isEqualTo("-5.1%");
        assertThat(result(reevaluation, "main-business-growth").note()).contains("190号");
        assertThat(reevaluation.passed()).isTrue();
    }

    @Test
    void missingYearIsNoDataNamingTheYear() {
        CriteriaEvaluation evaluation = evaluate(years(Year.of(2022), Year.of(2024)));

        assertThat(outcome(evaluation, "main-business-growth")).isEqualTo(Outcome.NO_DATA);
        assertThat(result(evaluation, "main-business-growth").note()).isEqualTo("no figures for 2023");
        assertThat(result(evaluation, "main-business-growth").value()).isEqualTo("—");
        assertThat(result(evaluation, "rd-intensity").note()).isEqualTo("no figures for 2023");
    }

    @Test
    void unreportedFigureIsNoDataNamingIt() {
        CriteriaEvaluation evaluation = evaluate(soundWith(Year.of(2024).marketShare(null)));

        assertThat(outcome(evaluation, "market-share")).isEqualTo(Outcome.NO_DATA);
        assertThat(result(evaluation, "market-share").note()).isEqualTo("market share of 2024 not reported");
        assertThat(evaluation.passed()).isFalse();
    }

    @Test
    void madeInChina2025SectorStandsForTheProductField() {
        assertThat(result(evaluate(soundWith(Year.of(2024))), "product-field").note()).contains("Made in China 2025");
        CriteriaEvaluation other = evaluator.evaluate("little-giant-2022", Evaluators.enterprise(Sector.OTHER, null),
                soundWith(Year.of(2024)), Purpose.NEW_APPLICATION);
        assertThat(outcome(other, "product-field")).isEqualTo(Outcome.NO_DATA);
    }

    @Test
    void aboveSmeSizeFailsOnlyWhenBothLimitsAreReached() {
        assertThat(outcome(evaluate(soundWith(Year.of(2024).employees(1000).revenue("399999999.99")
                .mainBusiness("360000000"))), "sme-size")).isEqualTo(Outcome.PASS);
        assertThat(outcome(evaluate(soundWith(Year.of(2024).employees(999).revenue("400000000")
                .mainBusiness("360000000"))), "sme-size")).isEqualTo(Outcome.PASS);
        CriteriaEvaluation large = evaluate(soundWith(Year.of(2024).employees(1000).revenue("400000000")
                .mainBusiness("360000000")));
        assertThat(outcome(large, "sme-size")).isEqualTo(Outcome.FAIL);
        assertThat(result(large, "sme-size").value()).isEqualTo("1,000 employees, revenue CNY 400.0 M");
    }
}
