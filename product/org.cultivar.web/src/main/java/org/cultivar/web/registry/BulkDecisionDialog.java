package org.cultivar.web.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.registry.api.ReevaluationWorklist;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.TitleDecision;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.shell.RefusalText;

/**
 * One decision kind for several titles, but still one reason per title: the common reason
 * pre-fills every row until the official edits that row. Titles whose evaluation failed also
 * take a justification, which the registry requires to renew them. The registry applies each
 * decision on its own; the dialog then lists what was applied and what was refused, and why.
 */
class BulkDecisionDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private static final List<TitleDecision.Kind> KINDS = List.of(TitleDecision.Kind.RENEW, TitleDecision.Kind.DEMOTE,
            TitleDecision.Kind.EXPIRE);

    /** The editable part of one selected title's decision. */
    private static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        final ReevaluationWorklist.Item item;
        final TextField reason = new TextField();
        final TextField justification = new TextField();
        final ComboBox<Tier> newTier = new ComboBox<>();
        boolean reasonEdited;

        Row(ReevaluationWorklist.Item item) {
            this.item = item;
        }

        boolean failing() {
            return item.evaluation() != null && !item.evaluation().passed();
        }
    }

    private final RegistryEditor editor;
    private final Runnable decided;
    private final RadioButtonGroup<TitleDecision.Kind> kind = new RadioButtonGroup<>(RegistryLabels.text("registry.decision"));
    private final DatePicker effective = new DatePicker(RegistryLabels.text("registry.effective"));
    private final TextField commonReason = new TextField(RegistryLabels.text("registry.reevaluation.commonReason"));
    /** Who certifies the demoted titles when they fall to another level (e.g. a province's department). */
    private final TextField authority = new TextField(RegistryLabels.text("registry.successor.authority"));
    private final List<Row> rows = new ArrayList<>();

    BulkDecisionDialog(RegistryEditor editor, List<ReevaluationWorklist.Item> selected, Runnable decided) {
        this.editor = editor;
        this.decided = decided;
        setHeaderTitle(RegistryLabels.text("registry.reevaluation.bulkTitle", selected.size()));
        setWidth("90vw");
        kind.setId("bulk-kind");
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> RegistryLabels.text("registry.decision." + k.name()));
        kind.setValue(TitleDecision.Kind.RENEW);
        effective.setId("bulk-effective");
        effective.setValue(RegistryLabels.today());
        commonReason.setId("bulk-common-reason");
        commonReason.setWidth("30em");
        authority.setId("bulk-authority");
        authority.setWidth("20em");
        authority.setHelperText(RegistryLabels.text("registry.successor.authority.help"));
        authority.setVisible(false);
        HorizontalLayout common = new HorizontalLayout(kind, effective, commonReason, authority);
        common.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        common.setWrap(true);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (ReevaluationWorklist.Item item : selected) {
            Row row = new Row(item);
            rows.add(row);
            list.add(rowLayout(row));
        }
        commonReason.addValueChangeListener(e -> rows.stream().filter(row -> !row.reasonEdited)
                .forEach(row -> row.reason.setValue(e.getValue())));
        kind.addValueChangeListener(e -> {
            boolean demote = e.getValue() == TitleDecision.Kind.DEMOTE;
            rows.forEach(row -> row.newTier.setVisible(demote));
            authority.setVisible(demote);
        });
        add(common, list);
        Button apply = new Button(RegistryLabels.text("registry.reevaluation.apply"), e -> apply());
        apply.setId("bulk-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(RegistryLabels.text("common.cancel"), e -> close()), apply);
    }

    private HorizontalLayout rowLayout(Row row) {
        Span who = new Span(row.item.enterprise().nameZh() + " · " + RegistryLabels.tier(row.item.title().tier()) + " · "
                + RegistryLabels.date(row.item.title().validUntil()));
        who.setWidth("22em");
        row.reason.setLabel(RegistryLabels.text("registry.reason"));
        row.reason.addClassName("bulk-reason");
        row.reason.setWidth("24em");
        row.reason.addValueChangeListener(e -> row.reasonEdited |= e.isFromClient());
        row.newTier.setLabel(RegistryLabels.text("registry.newTier"));
        row.newTier.addClassName("bulk-new-tier");
        row.newTier.setItems(DecisionKinds.newTiers(row.item.title().tier(), TitleDecision.Kind.DEMOTE));
        row.newTier.setItemLabelGenerator(RegistryLabels::tier);
        DecisionKinds.newTiers(row.item.title().tier(), TitleDecision.Kind.DEMOTE).stream()
                .reduce((lower, next) -> next).ifPresent(row.newTier::setValue); // the tier just below
        row.newTier.setVisible(false);
        HorizontalLayout layout = new HorizontalLayout(who, new EvaluationVerdict(row.item.evaluation()), row.reason, row.newTier);
        layout.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        layout.addClassName("bulk-row");
        if (row.failing()) {
            row.justification.setLabel(RegistryLabels.text("registry.justification"));
            row.justification.addClassName("bulk-justification");
            row.justification.setWidth("24em");
            layout.add(row.justification);
        }
        return layout;
    }

    private void apply() {
        if (!valid()) {
            return;
        }
        TitleDecision.Kind chosen = kind.getValue();
        List<TitleDecision> decisions = rows.stream().map(row -> new TitleDecision(row.item.title().id(), chosen,
                effective.getValue(), row.reason.getValue().strip(), chosen == TitleDecision.Kind.DEMOTE ? row.newTier.getValue() : null,
                row.item.evaluation() == null ? null : row.item.evaluation().ruleSetId(),
                row.justification.getValue().isBlank() ? null : row.justification.getValue().strip(),
                chosen == TitleDecision.Kind.DEMOTE && !authority.getValue().isBlank() ? authority.getValue().strip() : null,
                null)).toList();
        try {
            List<RegistryEditor.DecisionOutcome> outcomes = editor.decideAll(CurrentActor.require(), decisions);
            showOutcomes(outcomes);
            decided.run();
        } catch (AccessDeniedException refused) {
            Refusals.show(RefusalText.of(refused));
        }
    }

    /** Every row needs its reason; a failing title kept by renewal needs a justification; a demotion needs a lower tier. */
    private boolean valid() {
        boolean valid = kind.getValue() != null && effective.getValue() != null;
        kind.setInvalid(kind.getValue() == null);
        effective.setInvalid(effective.getValue() == null);
        for (Row row : rows) {
            boolean reasonMissing = row.reason.getValue().isBlank();
            row.reason.setErrorMessage(RegistryLabels.text("registry.decision.reasonRequired"));
            row.reason.setInvalid(reasonMissing);
            boolean justificationMissing = row.failing() && kind.getValue() == TitleDecision.Kind.RENEW
                    && row.justification.getValue().isBlank();
            row.justification.setErrorMessage(RegistryLabels.text("registry.reevaluation.justificationRequired"));
            row.justification.setInvalid(justificationMissing);
            boolean tierMissing = kind.getValue() == TitleDecision.Kind.DEMOTE && row.newTier.getValue() == null;
            row.newTier.setErrorMessage(RegistryLabels.text("registry.decision.tierRequired"));
            row.newTier.setInvalid(tierMissing);
            valid &= !reasonMissing && !justificationMissing && !tierMissing;
        }
        return valid;
    }

    private void showOutcomes(List<RegistryEditor.DecisionOutcome> outcomes) {
        Map<Long, ReevaluationWorklist.Item> byTitle = rows.stream()
                .collect(Collectors.toMap(row -> row.item.title().id(), row -> row.item, (a, b) -> a));
        long applied = outcomes.stream().filter(RegistryEditor.DecisionOutcome::applied).count();
        removeAll();
        getFooter().removeAll();
        Paragraph summary = new Paragraph(RegistryLabels.text("registry.reevaluation.outcome", applied, outcomes.size() - applied));
        summary.setId("bulk-summary");
        Grid<RegistryEditor.DecisionOutcome> results = new Grid<>();
        results.setId("bulk-results");
        Function<RegistryEditor.DecisionOutcome, String> name = outcome -> byTitle.containsKey(outcome.titleId())
                ? byTitle.get(outcome.titleId()).enterprise().nameZh() : String.valueOf(outcome.titleId());
        results.addColumn(name::apply).setHeader(RegistryLabels.text("registry.name")).setAutoWidth(true);
        results.addColumn(outcome -> RegistryLabels.text(outcome.applied() ? "registry.reevaluation.applied" : "registry.reevaluation.refused"))
                .setHeader(RegistryLabels.text("registry.status")).setAutoWidth(true);
        results.addColumn(outcome -> outcome.applied() ? "" : outcome.error(RegistryLabels.chinese())).setHeader(RegistryLabels.text("registry.import.message"))
                .setFlexGrow(1);
        results.setItems(outcomes);
        results.setAllRowsVisible(true);
        add(summary, results);
        getFooter().add(new Button(RegistryLabels.text("registry.close"), e -> close()));
    }
}
