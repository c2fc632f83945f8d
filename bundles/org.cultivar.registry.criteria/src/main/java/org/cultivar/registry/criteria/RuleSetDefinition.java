package org.cultivar.registry.criteria;

import java.util.List;

import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.RuleSet;

/**
 * One versioned rule set inside this bundle: what it is and how it judges an applicant. Each is
 * a component of its own with its own configuration (thresholds); the evaluator collects them.
 *
 * <p>A rule set judges what the registry's figures can show. Conditions only documents or the
 * MIIT platform can show (governance, information systems, certifications, brand, R&amp;D
 * institution, chain position, the platform's development score) are left to the certifying
 * authority's review and are named in each rule set's documentation.
 */
interface RuleSetDefinition {

    RuleSet ruleSet();

    List<CriterionResult> evaluate(Applicant applicant);
}
