package org.cultivar.registry.criteria;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.CriterionResult.Outcome;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.YearlyFigures;
import org.cultivar.core.api.security.RegionCode;

/** The evaluator with every rule set at its published thresholds, and helpers to read an evaluation. */
final class Evaluators {

    static final Enterprise ROBOTICS = enterprise(Sector.ROBOTICS_AND_CNC, null);

    private Evaluators() {
    }

    static List<RuleSetDefinition> ruleSets() {
        return List.of(new InnovativeSme2022(), new SpecializedSme2022(), new SpecializedSme2026(), new LittleGiant2022(),
                new LittleGiant2026(), new ManufacturingChampion2023());
    }

    static CriteriaEvaluatorComponent standard() {
        return with(ruleSets(), Map.of());
    }

    static CriteriaEvaluatorComponent with(List<RuleSetDefinition> ruleSets, Map<String, Object> configuration) {
        return new CriteriaEvaluatorComponent(ruleSets, ConfigValues.of(EvaluatorConfiguration.class, configuration));
    }

    static Enterprise enterprise(Sector sector, String parentGroup) {
        return new Enterprise(null, "测试企业", "Test Co.", RegionCode.of("440100"), sector, parentGroup, false);
    }

    static List<YearlyFigures> years(Year... years) {
        return Arrays.stream(years).map(Year::figures).toList();
    }

    /** Three sound years 2022–2024 with the latest adjusted. */
    static List<YearlyFigures> soundWith(Year latest) {
        return years(Year.of(2022).revenue("100000000").mainBusiness("90000000"),
                Year.of(2023).revenue("110000000").mainBusiness("99000000"), latest);
    }

    static CriterionResult result(CriteriaEvaluation evaluation, String criterion) {
        return evaluation.criteria().stream().filter(result -> result.criterion().equals(criterion)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + criterion + " in " + evaluation.criteria()));
    }

    static Outcome outcome(CriteriaEvaluation evaluation, String criterion) {
        return result(evaluation, criterion).outcome();
    }
}
