package org.cultivar.web.registry;

import com.vaadin.flow.component.html.Span;
import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriterionResult;

/** Passed or failed for a whole evaluation, in the criterion outcome's icon, word and colour, with the rule set it used. */
class EvaluationVerdict extends Span {
    private static final long serialVersionUID = 1L;

    EvaluationVerdict(CriteriaEvaluation evaluation) {
        if (evaluation == null) {
            add(new OutcomeBadge(CriterionResult.Outcome.NO_DATA));
            return;
        }
        add(new OutcomeBadge(evaluation.passed() ? CriterionResult.Outcome.PASS : CriterionResult.Outcome.FAIL),
                new Span(" · " + evaluation.ruleSetId()));
    }
}
