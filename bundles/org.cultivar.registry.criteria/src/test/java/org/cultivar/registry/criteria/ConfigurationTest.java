package org.cultivar.registry.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.registry.criteria.Evaluators.ROBOTICS;
import static org.cultivar.registry.criteria.Evaluators.outcome;
import static org.cultivar.registry.criteria.Evaluators.result;
import static org.cultivar.registry.criteria.Evaluators.soundWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriteriaEvaluation.Purpose;
import org.cultivar.registry.api.CriterionResult.Outcome;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.YearlyFigures;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    private final LittleGiant2022 littleGiant = new LittleGiant2022();
    private final CriteriaEvaluatorComponent evaluator = Evaluators.with(List.of(littleGiant, new LittleGiant2026(),
            new SpecializedSme2022(), new SpecializedSme2026(), new InnovativeSme2022(), new ManufacturingChampion2023()),
            Map.of());
    /** 75% main business, 40% liabilities. */
    private final List<YearlyFigures> figures = soundWith(Year.of(2024).mainBusiness("90000000"));

    private CriteriaEvaluation evaluate() {
        return evaluator.evaluate("little-giant-2022", ROBOTICS, figures, Purpose.NEW_APPLICATION);
    }

    @Test
    void thresholdChangeChangesLaterEvaluations() {
        assertThat(outcome(evaluate(), "main-business-share")).isEqualTo(Outcome.PASS);

        littleGiant.configure(ConfigValues.of(LittleGiant2022.Config.class, Map.of("mainBusinessShareMinPercent", "80")));

        CriteriaEvaluation later = evaluate();
        assertThat(outcome(later, "main-business-share")).isEqualTo(Outcome.FAIL);
        assertThat(result(later, "main-business-share").threshold()).isEqualTo("≥ 80%");
        assertThat(later.ruleSetId()).isEqualTo("little-giant-2022");
    }

    @Test
    void nonsenseIsRefusedLoudlyAndThePreviousThresholdsStay() {
        littleGiant.configure(ConfigValues.of(LittleGiant2022.Config.class, Map.of("mainBusinessShareMinPercent", "72.5")));

        try (LogCapture log = new LogCapture(ConfiguredThresholds.class)) {
            littleGiant.configure(ConfigValues.of(LittleGiant2022.Config.class, Map.of(
                    "mainBusinessShareMinPercent", "170", "liabilityRatioMaxPercent", "-5",
                    "middleRevenueBandFrom", "200000000", "marketShareMinPercent", "ten")));

            assertThat(log.errors()).singleElement().satisfies(line -> assertThat(line)
                    .contains("org.cultivar.registry.criteria.little-giant-2022")
                    .contains("mainBusinessShareMinPercent is a share and cannot exceed 100%, got 170")
                    .contains("liabilityRatioMaxPercent cannot be negative")
                    .contains("middleRevenueBandFrom (200000000.00) lies above upperRevenueBandFrom (100000000.00)")
                    .contains("marketShareMinPercent must be a number"));
        }
        assertThat(result(evaluate(), "main-business-share").threshold()).isEqualTo("≥ 72.5%");
        assertThat(result(evaluate(), "liability-ratio").threshold()).isEqualTo("≤ 70%");
    }

    @Test
    void everyRuleSetRefusesANegativePercentageOrCount() {
        try (LogCapture log = new LogCapture(ConfiguredThresholds.class)) {
            new LittleGiant2026().configure(ConfigValues.of(LittleGiant2026.Config.class, Map.of("classOneIpMin", -1)));
            new SpecializedSme2022().configure(ConfigValues.of(SpecializedSme2022.Config.class, Map.of("scoreMin", 101)));
            new SpecializedSme2026().configure(ConfigValues.of(SpecializedSme2026.Config.class,
                    Map.of("rdIntensityMinPercent", "-3")));
            new InnovativeSme2022().configure(ConfigValues.of(InnovativeSme2022.Config.class, Map.of("growthPointsMin", 31)));
            new ManufacturingChampion2023().configure(ConfigValues.of(ManufacturingChampion2023.Config.class,
                    Map.of("newProductYearsInFieldMin", 11)));

            assertThat(log.errors()).hasSize(5);
        }
    }

    @Test
    void evaluatorSettingsAreValidatedToo() {
        try (LogCapture log = new LogCapture(ConfiguredThresholds.class)) {
            evaluator.modified(ConfigValues.of(EvaluatorConfiguration.class, Map.of(
                    "reevaluationRuleSets", new String[] {"little-giant-2022", "little-giant-2026", "nonsense"},
                    "reevaluationRuleSetUntil", "end of 2026", "highLeverageAbovePercent", "101")));

            assertThat(log.errors()).singleElement().satisfies(line -> assertThat(line)
                    .contains("two rule sets for LITTLE_GIANT").contains("unknown rule set \"nonsense\"")
                    .contains("reevaluationRuleSetUntil must be a date").contains("highLeverageAbovePercent"));
        }
        assertThat(evaluator.inForce(Tier.LITTLE_GIANT, LocalDate.of(2026, 5, 1), Purpose.REEVALUATION).id())
                .isEqualTo("little-giant-2022");
    }

    @Test
    void redFlagThresholdsAreConfigurable() {
        List<YearlyFigures> leveraged = soundWith(Year.of(2024).liabilities("65000000"));
        assertThat(evaluator.redFlags(ROBOTICS, leveraged)).isEmpty();

        evaluator.modified(ConfigValues.of(EvaluatorConfiguration.class, Map.of("highLeverageAbovePercent", "60",
                "weakGrowthBelowPercent", "10")));

        assertThat(evaluator.redFlags(ROBOTICS, leveraged)).extracting(RedFlag::kind)
                .containsExactly(RedFlag.Kind.WEAK_GROWTH, RedFlag.Kind.HIGH_LEVERAGE);
    }
}
