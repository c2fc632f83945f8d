package org.cultivar.web.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriteriaEvaluator;
import org.cultivar.registry.api.EnterpriseProfile;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.RuleSet;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.TitleGrant;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.shell.RefusalText;

/**
 * Grants a title. When the profile's evaluation of the chosen tier fails, the dialog says which
 * criteria fail and that a justification is needed; the registry decides and records the
 * exception, and its field problems appear on the fields they name.
 */
class GrantTitleDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    /** Form state for the binder. */
    static final class GrantForm {
        Tier tier;
        CertifyingLevel level;
        String authority = "";
        String batch = "";
        LocalDate grantDate = RegistryLabels.today();
        LocalDate validUntil;
        RuleSet ruleSet;
        String justification = "";
    }

    /** @param evaluator lists the rule sets to choose from; {@code null} leaves the choice to the registry */
    GrantTitleDialog(RegistryEditor editor, CriteriaEvaluator evaluator, EnterpriseProfile profile, Runnable granted) {
        setHeaderTitle(RegistryLabels.text("registry.grant"));
        setWidth("40em");
        ComboBox<Tier> tier = new ComboBox<>(RegistryLabels.text("registry.tier"));
        tier.setId("grant-tier");
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(RegistryLabels::tier);
        ComboBox<CertifyingLevel> level = new ComboBox<>(RegistryLabels.text("registry.level"));
        level.setId("grant-level");
        level.setItems(CertifyingLevel.values());
        level.setItemLabelGenerator(RegistryLabels::level);
        TextField authority = new TextField(RegistryLabels.text("registry.authority"));
        authority.setId("grant-authority");
        TextField batch = new TextField(RegistryLabels.text("registry.batch"));
        batch.setId("grant-batch");
        DatePicker grantDate = new DatePicker(RegistryLabels.text("registry.grantDate"));
        grantDate.setId("grant-date");
        DatePicker validUntil = new DatePicker(RegistryLabels.text("registry.validUntil"));
        validUntil.setId("grant-valid-until");
        validUntil.setHelperText(RegistryLabels.text("registry.grant.validUntilHelp"));
        ComboBox<RuleSet> ruleSet = new ComboBox<>(RegistryLabels.text("registry.ruleSet"));
        ruleSet.setId("grant-rule-set");
        ruleSet.setItemLabelGenerator(RuleSet::id);
        ruleSet.setHelperText(RegistryLabels.text("registry.grant.ruleSetHelp"));
        ruleSet.setVisible(evaluator != null);
        Paragraph criteria = new Paragraph();
        criteria.setId("grant-criteria");
        TextArea justification = new TextArea(RegistryLabels.text("registry.justification"));
        justification.setId("grant-justification");
        justification.setHelperText(RegistryLabels.text("registry.justification.help"));
        tier.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                level.setValue(e.getValue().defaultLevel());
                if (evaluator != null) {
                    ruleSet.setItems(evaluator.ruleSets().stream().filter(r -> r.tier() == e.getValue()).toList());
                }
            }
            criteria.setText(failingCriteria(profile.evaluations(), e.getValue()));
        });

        Binder<GrantForm> binder = new Binder<>();
        binder.forField(tier).asRequired(RegistryLabels.text("registry.grant.tierRequired")).bind(f -> f.tier, (f, v) -> f.tier = v);
        binder.forField(level).asRequired(RegistryLabels.text("registry.grant.levelRequired")).bind(f -> f.level, (f, v) -> f.level = v);
        binder.forField(authority).asRequired(RegistryLabels.text("registry.grant.authorityRequired"))
                .bind(f -> f.authority, (f, v) -> f.authority = v);
        binder.forField(batch).bind(f -> f.batch, (f, v) -> f.batch = v);
        binder.forField(grantDate).asRequired(RegistryLabels.text("registry.grant.dateRequired"))
                .bind(f -> f.grantDate, (f, v) -> f.grantDate = v);
        binder.forField(validUntil)
                .withValidator(until -> until == null || grantDate.getValue() == null || until.isAfter(grantDate.getValue()),
                        RegistryLabels.text("registry.grant.validUntilAfterGrant"))
                .bind(f -> f.validUntil, (f, v) -> f.validUntil = v);
        binder.forField(ruleSet).bind(f -> f.ruleSet, (f, v) -> f.ruleSet = v);
        binder.forField(justification).bind(f -> f.justification, (f, v) -> f.justification = v);
        GrantForm form = new GrantForm();
        binder.setBean(form);
        add(new FormLayout(tier, level, authority, batch, grantDate, validUntil, ruleSet), criteria, justification);
        justification.setWidthFull();

        FieldProblems problems = new FieldProblems().field("tier", tier).field("level", level).field("authority", authority)
                .field("batch", batch).field("grantDate", grantDate).field("validUntil", validUntil).field("ruleSetId", ruleSet)
                .field("justification", justification);
        Button save = new Button(RegistryLabels.text("registry.grant"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            TitleGrant grant = new TitleGrant(profile.enterprise().creditCode().value(), form.tier, form.level, form.authority.strip(),
                    form.batch.isBlank() ? null : form.batch.strip(), form.grantDate, form.validUntil,
                    form.ruleSet == null ? null : form.ruleSet.id(), form.justification.isBlank() ? null : form.justification.strip());
            try {
                editor.grant(CurrentActor.require(), grant);
                Refusals.success(RegistryLabels.text("registry.grant.done", RegistryLabels.tier(form.tier)));
                close();
                granted.run();
            } catch (InvalidInputException refused) {
                problems.show(refused);
            } catch (AccessDeniedException refused) {
                Refusals.show(RefusalText.of(refused));
            }
        });
        save.setId("save-grant");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(RegistryLabels.text("common.cancel"), e -> close()), save);
    }

    /** What the page's evaluation says about the tier; the registry evaluates again when granting. */
    private static String failingCriteria(List<CriteriaEvaluation> evaluations, Tier tier) {
        return evaluations.stream().filter(evaluation -> evaluation.tier() == tier && !evaluation.passed()).findFirst()
                .map(evaluation -> RegistryLabels.text("registry.grant.criteriaFail", evaluation.ruleSetId(),
                        evaluation.failures().stream().map(RegistryLabels::criterion).collect(Collectors.joining("、"))))
                .orElse("");
    }
}
