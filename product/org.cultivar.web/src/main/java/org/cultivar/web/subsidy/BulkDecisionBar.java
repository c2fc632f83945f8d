package org.cultivar.web.subsidy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Comparator;
import java.util.List;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalDecision.Verdict;
import org.cultivar.subsidy.api.process.Approvals;
import org.cultivar.subsidy.api.process.BulkDecision;

/**
 * Approve or reject the applications selected in the worklist, in one action. The dialog says how
 * many and for how much before anything is sent; the engine judges each application as if it were
 * decided alone, and those it refuses are listed afterwards with its reasons ({@link BulkOutcomeNotice}).
 */
class BulkDecisionBar extends HorizontalLayout {
    private static final long serialVersionUID = 1L;

    private final Approvals approvals;
    private final Actor actor;
    private final ApplicationsGrid grid;
    private final Span selection = new Span();
    private final Button approve;
    private final Button reject;

    BulkDecisionBar(Approvals approvals, Actor actor, ApplicationsGrid grid) {
        this.approvals = approvals;
        this.actor = actor;
        this.grid = grid;
        setId("bulk-decision-bar");
        setAlignItems(Alignment.BASELINE);
        approve = button("approve-selected", "subsidy.bulk.approve", Verdict.APPROVE, ButtonVariant.LUMO_PRIMARY);
        reject = button("reject-selected", "subsidy.bulk.reject", Verdict.REJECT, ButtonVariant.LUMO_ERROR);
        selection.setId("bulk-selection");
        add(approve, reject, selection);
        grid.asMultiSelect().addValueChangeListener(e -> selectionChanged());
        selectionChanged();
    }

    private Button button(String id, String label, Verdict verdict, ButtonVariant variant) {
        Button button = new Button(SubsidyLabels.text(label), e -> confirm(verdict));
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    private void selectionChanged() {
        List<Application> selected = selected();
        approve.setEnabled(!selected.isEmpty());
        reject.setEnabled(!selected.isEmpty());
        selection.setText(selected.isEmpty() ? "" : SubsidyLabels.text("subsidy.bulk.selection", selected.size(),
                SubsidyLabels.money(total(selected))));
    }

    private void confirm(Verdict verdict) {
        List<Application> selected = selected();
        if (selected.isEmpty()) {
            return;
        }
        Paragraph summary = new Paragraph(SubsidyLabels.text("subsidy.bulk.summary", selected.size(), SubsidyLabels.money(total(selected))));
        summary.setId("bulk-decision-summary");
        String title = SubsidyLabels.text(verdict == Verdict.APPROVE ? "subsidy.bulk.approveTitle" : "subsidy.bulk.rejectTitle",
                selected.size());
        List<BulkDecision.Selected> selections = selected.stream()
                .map(application -> new BulkDecision.Selected(application.id(), application.version())).toList();
        new DecisionDialog(title, summary, verdict != Verdict.APPROVE, comment ->
                Refusals.obtain(() -> approvals.decideAll(actor, selections, verdict, comment)).ifPresent(result -> {
                    BulkOutcomeNotice.show(result);
                    grid.deselectAll();
                    grid.getDataProvider().refreshAll();
                })).open();
    }

    /** The selection in the worklist's order, oldest first, as the engine will judge it. */
    private List<Application> selected() {
        return grid.getSelectedItems().stream().sorted(Comparator.comparingLong(Application::id)).toList();
    }

    /** What the selected awards add up to; an ineligible application has no amount and adds nothing. */
    private static Money total(List<Application> applications) {
        return applications.stream().flatMap(application -> application.assessment().award().stream())
                .map(award -> award.amount()).reduce(Money.ZERO, Money::plus);
    }
}
