package org.cultivar.web.registry;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriterionResult;

/** Each evaluation names the rule set it used; every criterion shows value, threshold and outcome. */
class EvaluationsSection extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    EvaluationsSection(List<CriteriaEvaluation> evaluations) {
        setPadding(false);
        setId("evaluations-section");
        if (evaluations.isEmpty()) {
            add(new Paragraph(RegistryLabels.text("registry.evaluations.none")));
        }
        for (CriteriaEvaluation evaluation : evaluations) {
            H4 heading = new H4(RegistryLabels.tier(evaluation.tier()));
            Span summary = new Span(RegistryLabels.text("registry.evaluation.summary", evaluation.ruleSetId(), String.valueOf(evaluation.fiscalYear()),
                    RegistryLabels.text("registry.purpose." + evaluation.purpose().name()),
                    RegistryLabels.text(evaluation.passed() ? "registry.evaluation.passed" : "registry.evaluation.failed")));
            summary.addClassName("evaluation-summary");
            add(heading, summary, criteria(evaluation.criteria()));
        }
    }

    static Grid<CriterionResult> criteria(List<CriterionResult> results) {
        Grid<CriterionResult> grid = new Grid<>();
        grid.addClassName("criteria-grid");
        // room for the criterion's name, which the value and threshold columns beside it would squeeze
        grid.addColumn(RegistryLabels::criterion).setHeader(RegistryLabels.text("registry.criterion")).setWidth("14em")
                .setFlexGrow(1).setTooltipGenerator(RegistryLabels::criterion);
        // the outcome beside the name: pass or fail at a glance, without scrolling past long thresholds
        grid.addComponentColumn(result -> new OutcomeBadge(result.outcome())).setKey("outcome").setHeader(RegistryLabels.text("registry.criterion.outcome"))
                .setAutoWidth(true);
        boolean chinese = RegistryLabels.chinese();
        grid.addColumn(result -> result.value(chinese)).setHeader(RegistryLabels.text("registry.criterion.value")).setAutoWidth(true);
        grid.addColumn(result -> result.threshold(chinese)).setHeader(RegistryLabels.text("registry.criterion.threshold"))
                .setAutoWidth(true);
        grid.addColumn(result -> noteOf(result, chinese)).setHeader(RegistryLabels.text("registry.criterion.note"))
                .setWidth("12em").setFlexGrow(1).setTooltipGenerator(result -> noteOf(result, chinese));
        grid.setItems(results);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String noteOf(CriterionResult result, boolean chinese) {
        String note = result.note(chinese);
        return note == null ? "" : note;
    }
}
