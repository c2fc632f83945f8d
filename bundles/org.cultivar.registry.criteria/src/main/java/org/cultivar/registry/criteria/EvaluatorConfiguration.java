package org.cultivar.registry.criteria;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Which rule set judges re-evaluations, and the red-flag thresholds (pid {@value #PID}). */
@ObjectClassDefinition(id = EvaluatorConfiguration.PID, name = "Criteria: rule-set choice and red flags",
        description = "Re-evaluations may keep an older rule set for a while (the 2026 Little Giant re-evaluations used "
                + "the 2022 standard, 工信厅企业函〔2026〕117号). Percentages as numbers (70 = 70%).")
public @interface EvaluatorConfiguration {

    String PID = "org.cultivar.registry.criteria";

    @AttributeDefinition(name = "Rule sets for re-evaluations",
            description = "At most one per tier; used for re-evaluations up to the date below, after it the rule set "
                    + "for new applications applies.", required = false)
    String[] reevaluationRuleSets() default {"specialized-sme-2022", "little-giant-2022"};

    @AttributeDefinition(name = "Re-evaluation rule sets apply until (inclusive)", description = "A date like 2026-12-31.")
    String reevaluationRuleSetUntil() default "2026-12-31";

    @AttributeDefinition(name = "Weak growth: flag below this average revenue growth over 2 years (%)")
    String weakGrowthBelowPercent() default "5";

    @AttributeDefinition(name = "High leverage: flag above this ratio of liabilities to assets (%)")
    String highLeverageAbovePercent() default "70";
}
