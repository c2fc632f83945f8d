package org.cultivar.registry.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.registry.api.CriteriaEvaluation.Purpose;
import org.cultivar.registry.api.RuleSet;
import org.cultivar.registry.api.Tier;
import org.junit.jupiter.api.Test;

class RuleSetChoiceTest {

    private static final LocalDate LAST_DAY_2022_RULES = LocalDate.of(2026, 3, 31);
    private static final LocalDate FIRST_DAY_2026_RULES = LocalDate.of(2026, 4, 1);

    private final CriteriaEvaluatorComponent evaluator = Evaluators.standard();

    private String inForce(Tier tier, LocalDate day, Purpose purpose) {
        return evaluator.inForce(tier, day, purpose).id();
    }

    @Test
    void listsEveryRuleSetWithItsBasisAndDates() {
        assertThat(evaluator.ruleSets()).extracting(RuleSet::id).containsExactly("innovative-sme-2022",
                "specialized-sme-2022", "specialized-sme-2026", "little-giant-2022", "little-giant-2026",
                "manufacturing-champion-2023");
        assertThat(evaluator.ruleSets()).hasSize(CriteriaEvaluatorComponent.RULE_SETS);
        RuleSet littleGiant2022 = evaluator.ruleSet("little-giant-2022").orElseThrow();
        assertThat(littleGiant2022.legalBasis()).contains("工信部企业〔2022〕63号");
        assertThat(littleGiant2022.appliesUntil()).isEqualTo(LAST_DAY_2022_RULES);
        assertThat(evaluator.ruleSet("little-giant-2026").orElseThrow().appliesFrom()).isEqualTo(FIRST_DAY_2026_RULES);
        assertThat(evaluator.ruleSet("little-giant-2030")).isEmpty();
    }

    @Test
    void newApplicationsSwitchToThe2026RulesOnFirstApril() {
        assertThat(inForce(Tier.LITTLE_GIANT, LAST_DAY_2022_RULES, Purpose.NEW_APPLICATION)).isEqualTo("little-giant-2022");
        assertThat(inForce(Tier.LITTLE_GIANT, FIRST_DAY_2026_RULES, Purpose.NEW_APPLICATION)).isEqualTo("little-giant-2026");
        assertThat(inForce(Tier.SPECIALIZED_SME, LAST_DAY_2022_RULES, Purpose.NEW_APPLICATION))
                .isEqualTo("specialized-sme-2022");
        assertThat(inForce(Tier.SPECIALIZED_SME, FIRST_DAY_2026_RULES, Purpose.NEW_APPLICATION))
                .isEqualTo("specialized-sme-2026");
    }

    @Test
    void innovativeSmesKeepThe2022StandardUnderThe2026Measures() {
        assertThat(inForce(Tier.INNOVATIVE_SME, FIRST_DAY_2026_RULES, Purpose.NEW_APPLICATION))
                .isEqualTo("innovative-sme-2022");
        assertThat(inForce(Tier.MANUFACTURING_CHAMPION, FIRST_DAY_2026_RULES, Purpose.REEVALUATION))
                .isEqualTo("manufacturing-champion-2023");
    }

    @Test
    void reevaluationsDuring2026KeepThe2022Rules() {
        assertThat(inForce(Tier.LITTLE_GIANT, FIRST_DAY_2026_RULES, Purpose.REEVALUATION)).isEqualTo("little-giant-2022");
        assertThat(inForce(Tier.LITTLE_GIANT, LocalDate.of(2026, 12, 31), Purpose.REEVALUATION))
                .isEqualTo("little-giant-2022");
        assertThat(inForce(Tier.LITTLE_GIANT, LocalDate.of(2027, 1, 1), Purpose.REEVALUATION))
                .isEqualTo("little-giant-2026");
        assertThat(inForce(Tier.SPECIALIZED_SME, FIRST_DAY_2026_RULES, Purpose.REEVALUATION))
                .isEqualTo("specialized-sme-2022");
    }

    @Test
    void reevaluationRuleSetsAreConfigurable() {
        CriteriaEvaluatorComponent configured = Evaluators.with(Evaluators.ruleSets(),
                Map.of("reevaluationRuleSets", new String[] {"little-giant-2022"}, "reevaluationRuleSetUntil", "2026-06-30"));

        assertThat(configured.inForce(Tier.LITTLE_GIANT, LocalDate.of(2026, 7, 1), Purpose.REEVALUATION).id())
                .isEqualTo("little-giant-2026");
        assertThat(configured.inForce(Tier.SPECIALIZED_SME, FIRST_DAY_2026_RULES, Purpose.REEVALUATION).id())
                .isEqualTo("specialized-sme-2026");
    }

    @Test
    void daysBeforeTheOldestRuleSetUseIt() {
        assertThat(inForce(Tier.LITTLE_GIANT, LocalDate.of(2019, 6, 1), Purpose.NEW_APPLICATION))
                .isEqualTo("little-giant-2022");
    }
}
