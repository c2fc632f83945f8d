package org.cultivar.web.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableConsumer;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.EnterpriseInput;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.Sector;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.shell.RefusalText;

/**
 * Registers an enterprise, or corrects one (the credit code identifies it and stays). A code
 * failing its check character is accepted only with the box ticked and a reason, which the
 * registry records and audits.
 */
class EnterpriseDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    /** Form state for the binder. */
    static final class EnterpriseForm {
        String creditCode = "";
        boolean acceptFailedCheck;
        String overrideReason = "";
        String nameZh = "";
        String nameEn = "";
        RegionCatalogue.Region region;
        Sector sector;
        String parentGroup = "";
    }

    /** @param existing the enterprise to correct, or {@code null} to register a new one */
    EnterpriseDialog(RegistryEditor editor, Enterprise existing, SerializableConsumer<Enterprise> saved) {
        setHeaderTitle(RegistryLabels.text(existing == null ? "registry.enterprise.register" : "registry.enterprise.edit"));
        TextField creditCode = new TextField(RegistryLabels.text("registry.creditCode"));
        creditCode.setId("enterprise-credit-code");
        creditCode.setMaxLength(18);
        Checkbox acceptFailedCheck = new Checkbox(RegistryLabels.text("registry.enterprise.acceptFailedCheck"));
        acceptFailedCheck.setId("enterprise-accept-failed-check");
        TextField overrideReason = new TextField(RegistryLabels.text("registry.enterprise.overrideReason"));
        overrideReason.setId("enterprise-override-reason");
        overrideReason.setVisible(false);
        acceptFailedCheck.addValueChangeListener(e -> overrideReason.setVisible(e.getValue()));
        TextField nameZh = new TextField(RegistryLabels.text("registry.nameZh"));
        nameZh.setId("enterprise-name-zh");
        TextField nameEn = new TextField(RegistryLabels.text("registry.nameEn"));
        nameEn.setId("enterprise-name-en");
        ComboBox<RegionCatalogue.Region> region = new ComboBox<>(RegistryLabels.text("registry.region"));
        region.setId("enterprise-region");
        region.setItems(RegionCatalogue.standard().all());
        region.setItemLabelGenerator(RegistryLabels::region);
        ComboBox<Sector> sector = new ComboBox<>(RegistryLabels.text("registry.sector"));
        sector.setId("enterprise-sector");
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(RegistryLabels::sector);
        TextField parentGroup = new TextField(RegistryLabels.text("registry.parentGroup"));
        parentGroup.setId("enterprise-parent-group");
        parentGroup.setHelperText(RegistryLabels.text("registry.parentGroup.help"));

        Binder<EnterpriseForm> binder = new Binder<>();
        binder.forField(creditCode).asRequired(RegistryLabels.text("registry.enterprise.creditCodeRequired"))
                .withValidator((code, context) -> checkCharacter(code, acceptFailedCheck.getValue()))
                .bind(f -> f.creditCode, (f, v) -> f.creditCode = v);
        binder.forField(acceptFailedCheck).bind(f -> f.acceptFailedCheck, (f, v) -> f.acceptFailedCheck = v);
        binder.forField(overrideReason)
                .withValidator(reason -> !acceptFailedCheck.getValue() || !reason.isBlank(),
                        RegistryLabels.text("registry.enterprise.overrideReasonRequired"))
                .bind(f -> f.overrideReason, (f, v) -> f.overrideReason = v);
        binder.forField(nameZh).asRequired(RegistryLabels.text("registry.enterprise.nameRequired"))
                .bind(f -> f.nameZh, (f, v) -> f.nameZh = v);
        binder.forField(nameEn).bind(f -> f.nameEn, (f, v) -> f.nameEn = v);
        binder.forField(region).asRequired(RegistryLabels.text("registry.enterprise.regionRequired"))
                .bind(f -> f.region, (f, v) -> f.region = v);
        binder.forField(sector).asRequired(RegistryLabels.text("registry.enterprise.sectorRequired"))
                .bind(f -> f.sector, (f, v) -> f.sector = v);
        binder.forField(parentGroup).bind(f -> f.parentGroup, (f, v) -> f.parentGroup = v);
        // ticking the box changes whether the code is acceptable, so the code is checked again
        acceptFailedCheck.addValueChangeListener(e -> binder.validate());

        EnterpriseForm form = new EnterpriseForm();
        FormLayout layout = new FormLayout(creditCode);
        if (existing == null) {
            layout.add(acceptFailedCheck, overrideReason);
        } else {
            form.creditCode = existing.creditCode().value();
            form.nameZh = existing.nameZh();
            form.nameEn = existing.englishName().orElse("");
            form.region = RegionCatalogue.standard().find(existing.region()).orElse(null);
            form.sector = existing.sector();
            form.parentGroup = existing.parentGroup() == null ? "" : existing.parentGroup();
            form.acceptFailedCheck = existing.creditCode().checkOverridden();
            creditCode.setReadOnly(true);
        }
        binder.setBean(form);
        layout.add(nameZh, nameEn, region, sector, parentGroup);
        add(layout);

        FieldProblems problems = new FieldProblems().field("creditCode", creditCode).field("overrideReason", overrideReason)
                .field("nameZh", nameZh).field("nameEn", nameEn).field("regionCode", region).field("region", region)
                .field("sector", sector).field("parentGroup", parentGroup);
        Button save = new Button(RegistryLabels.text("registry.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            EnterpriseInput input = new EnterpriseInput(form.creditCode.strip(),
                    form.acceptFailedCheck && existing == null ? form.overrideReason.strip() : null, form.nameZh.strip(),
                    blankToNull(form.nameEn), form.region.code().code(), form.sector, blankToNull(form.parentGroup));
            try {
                Enterprise stored = existing == null ? editor.register(CurrentActor.require(), input)
                        : editor.update(CurrentActor.require(), input);
                Refusals.success(RegistryLabels.text("registry.saved"));
                close();
                saved.accept(stored);
            } catch (InvalidInputException refused) {
                problems.show(refused);
            } catch (AccessDeniedException refused) {
                Refusals.show(RefusalText.of(refused));
            }
        });
        save.setId("save-enterprise");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(RegistryLabels.text("common.cancel"), e -> close()), save);
    }

    /** The registry's own words for a code that fails, unless the user accepts a failing check character. */
    private static ValidationResult checkCharacter(String code, boolean acceptFailedCheck) {
        try {
            if (acceptFailedCheck) {
                CreditCode.overridingCheck(code); // still 18 allowed characters
            } else {
                CreditCode.parse(code);
            }
            return ValidationResult.ok();
        } catch (IllegalArgumentException refused) {
            return ValidationResult.error(RefusalText.of(refused));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
