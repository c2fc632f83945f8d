package org.cultivar.web.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.registry.api.EnterpriseProfile;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleDecision;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.shell.RefusalText;

/** Renews, promotes, demotes, expires or revokes one title, with the date, the reason and, where criteria fail, a justification. */
class TitleDecisionDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    /** Form state for the binder. */
    static final class DecisionForm {
        TitleDecision.Kind kind;
        LocalDate effective = RegistryLabels.today();
        String reason = "";
        Tier newTier;
        String justification = "";
        String authority = "";
        String batch = "";
    }

    TitleDecisionDialog(RegistryEditor editor, EnterpriseProfile profile, Title title, Runnable decided) {
        setHeaderTitle(RegistryLabels.text("registry.decide.title", RegistryLabels.tier(title.tier()), profile.enterprise().nameZh()));
        setWidth("36em");
        RadioButtonGroup<TitleDecision.Kind> kind = new RadioButtonGroup<>(RegistryLabels.text("registry.decision"));
        kind.setId("decision-kind");
        kind.setItems(DecisionKinds.allowed(title));
        kind.setItemLabelGenerator(k -> RegistryLabels.text("registry.decision." + k.name()));
        DatePicker effective = new DatePicker(RegistryLabels.text("registry.effective"));
        effective.setId("decision-effective");
        TextArea reason = new TextArea(RegistryLabels.text("registry.reason"));
        reason.setId("decision-reason");
        ComboBox<Tier> newTier = new ComboBox<>(RegistryLabels.text("registry.newTier"));
        newTier.setId("decision-new-tier");
        newTier.setItemLabelGenerator(RegistryLabels::tier);
        newTier.setVisible(false);
        TextField authority = new TextField(RegistryLabels.text("registry.successor.authority"));
        authority.setId("decision-authority");
        authority.setHelperText(RegistryLabels.text("registry.successor.authority.help"));
        authority.setVisible(false);
        TextField batch = new TextField(RegistryLabels.text("registry.successor.batch"));
        batch.setId("decision-batch");
        batch.setVisible(false);
        TextArea justification = new TextArea(RegistryLabels.text("registry.justification"));
        justification.setId("decision-justification");
        justification.setHelperText(RegistryLabels.text("registry.justification.help"));
        kind.addValueChangeListener(e -> {
            boolean tierChanges = e.getValue() != null && DecisionKinds.needsNewTier(e.getValue());
            newTier.setVisible(tierChanges);
            authority.setVisible(tierChanges);
            batch.setVisible(tierChanges);
            newTier.setItems(tierChanges ? DecisionKinds.newTiers(title.tier(), e.getValue()) : java.util.List.of());
        });

        Binder<DecisionForm> binder = new Binder<>();
        binder.forField(kind).asRequired(RegistryLabels.text("registry.decision.required")).bind(f -> f.kind, (f, v) -> f.kind = v);
        binder.forField(effective).asRequired(RegistryLabels.text("registry.decision.dateRequired"))
                .bind(f -> f.effective, (f, v) -> f.effective = v);
        binder.forField(reason).asRequired(RegistryLabels.text("registry.decision.reasonRequired"))
                .bind(f -> f.reason, (f, v) -> f.reason = v);
        binder.forField(newTier).withValidator(t -> t != null || !newTier.isVisible(), RegistryLabels.text("registry.decision.tierRequired"))
                .bind(f -> f.newTier, (f, v) -> f.newTier = v);
        binder.forField(justification).bind(f -> f.justification, (f, v) -> f.justification = v);
        binder.forField(authority).bind(f -> f.authority, (f, v) -> f.authority = v);
        binder.forField(batch).bind(f -> f.batch, (f, v) -> f.batch = v);
        DecisionForm form = new DecisionForm();
        binder.setBean(form);
        FormLayout layout = new FormLayout(kind, effective, newTier, authority, batch, reason, justification);
        layout.setColspan(reason, 2);
        layout.setColspan(justification, 2);
        add(layout);

        FieldProblems problems = new FieldProblems().field("kind", kind).field("effective", effective).field("reason", reason)
                .field("newTier", newTier).field("justification", justification).field("authority", authority)
                .field("batch", batch);
        Button save = new Button(RegistryLabels.text("registry.decide"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            boolean succeeds = DecisionKinds.needsNewTier(form.kind);
            TitleDecision decision = new TitleDecision(title.id(), form.kind, form.effective, form.reason.strip(),
                    succeeds ? form.newTier : null, null, form.justification.isBlank() ? null : form.justification.strip(),
                    succeeds ? blankToNull(form.authority) : null, succeeds ? blankToNull(form.batch) : null);
            try {
                editor.decide(CurrentActor.require(), decision);
                Refusals.success(RegistryLabels.text("registry.decide.done"));
                close();
                decided.run();
            } catch (InvalidInputException refused) {
                problems.show(refused);
            } catch (AccessDeniedException refused) {
                Refusals.show(RefusalText.of(refused));
            }
        });
        save.setId("save-decision");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(RegistryLabels.text("common.cancel"), e -> close()), save);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
