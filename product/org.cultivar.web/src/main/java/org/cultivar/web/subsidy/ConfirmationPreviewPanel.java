package org.cultivar.web.subsidy;

import org.cultivar.web.shell.ProblemText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.subsidy.api.process.ConfirmationPreview;

/**
 * What a bank confirmation would do, line by line, before anything is applied: lines already
 * applied are marked (a re-imported file changes nothing), and a malformed or foreign file shows
 * only its problems and cannot be applied.
 */
class ConfirmationPreviewPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    ConfirmationPreviewPanel(ConfirmationPreview preview, SerializableRunnable apply) {
        setId("confirmation-preview");
        setPadding(false);
        add(new Paragraph(SubsidyLabels.text("subsidy.confirmation.summary", preview.fileName(), preview.lines().size(),
                preview.problems().size())));
        if (!preview.problems().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            problems.setId("confirmation-problems");
            for (FieldProblem problem : preview.problems()) {
                problems.add(new ListItem(SubsidyLabels.text("subsidy.confirmation.problem", problem.line(),
                        ProblemText.field(problem.field()), ProblemText.message(problem))));
            }
            add(problems);
        }
        if (!preview.lines().isEmpty()) {
            Grid<ConfirmationPreview.Line> lines = new Grid<>();
            lines.setId("confirmation-lines");
            lines.addColumn(ConfirmationPreview.Line::line).setHeader(SubsidyLabels.text("subsidy.confirmation.line"));
            lines.addColumn(ConfirmationPreview.Line::payoutId).setHeader(SubsidyLabels.text("subsidy.confirmation.payout"));
            lines.addColumn(line -> SubsidyLabels.text("subsidy.outcome." + line.outcome().name()))
                    .setHeader(SubsidyLabels.text("subsidy.confirmation.outcome"));
            lines.addColumn(line -> line.reason() == null ? "" : line.reason()).setHeader(SubsidyLabels.text("subsidy.confirmation.reason"));
            lines.addColumn(line -> line.alreadyApplied() ? SubsidyLabels.text("subsidy.confirmation.alreadyApplied") : "")
                    .setHeader(SubsidyLabels.text("subsidy.confirmation.applied"));
            lines.setItems(preview.lines());
            add(lines);
        }
        Button applyButton = new Button(SubsidyLabels.text("subsidy.confirmation.apply"), e -> apply.run());
        applyButton.setId("apply-confirmation");
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyButton.setDisableOnClick(true);
        applyButton.setEnabled(preview.problems().isEmpty() && preview.lines().stream().anyMatch(line -> !line.alreadyApplied()));
        add(applyButton);
    }
}
