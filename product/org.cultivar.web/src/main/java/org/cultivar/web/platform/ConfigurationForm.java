package org.cultivar.web.platform;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.platform.ConfigurationField;
import org.cultivar.core.api.platform.ConfigurationValidationException;
import org.cultivar.core.api.platform.PlatformAdmin;
import org.cultivar.core.api.security.Actor;
import org.cultivar.web.osgi.FrameworkServices;
import org.cultivar.web.shell.UiLanguage;

/**
 * One component's configuration form, generated from its Metatype description. The service
 * validates against Metatype and refuses the whole change on any error; its messages are shown
 * beside the fields they name. The Platform page saves it directly; the schedules page saves it
 * as a dated change with a reason.
 */
public class ConfigurationForm extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final Map<String, HasValue<?, ?>> inputs = new LinkedHashMap<>();
    private final Map<String, String> serverErrors = new HashMap<>();
    private final Binder<Map<String, String>> binder = new Binder<>();

    /** The form with a Save button that applies the change at once (the Platform page). */
    ConfigurationForm(ConfigurableComponent component, FrameworkServices services, Actor actor) {
        this(component);
        Button save = new Button(getTranslation("platform.config.save"), e -> save(component.pid(), services, actor));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-" + component.pid());
        add(save);
    }

    /** The fields alone, for a caller that saves them its own way. */
    public ConfigurationForm(ConfigurableComponent component) {
        setPadding(false);
        if (component.description() != null && !component.description().isBlank()) {
            add(new Paragraph(component.description()));
        }
        FormLayout form = new FormLayout();
        for (ConfigurationField field : component.fields()) {
            form.add(bind(field));
        }
        Map<String, String> values = new HashMap<>();
        component.fields().forEach(f -> values.put(f.id(), f.currentValue()));
        binder.setBean(values);
        add(form);
    }

    /** Shows the values without a way to change them (a configuration its owner alone changes). */
    ConfigurationForm readOnly() {
        inputs.values().forEach(input -> input.setReadOnly(true));
        return this;
    }

    /** The values on the form by attribute id, as text. */
    public Map<String, String> values() {
        return new HashMap<>(binder.getBean());
    }

    /** Shows a refusal's messages beside the fields they name, until those fields are edited. */
    public void showErrors(Map<String, String> fieldErrors) {
        serverErrors.clear();
        serverErrors.putAll(fieldErrors);
        binder.validate();
    }

    /** Clears what an earlier refusal showed. */
    public void clearErrors() {
        serverErrors.clear();
        binder.validate();
    }

    private com.vaadin.flow.component.Component bind(ConfigurationField field) {
        String label = field.name() + (field.multiple() ? " (" + getTranslation("platform.config.commaSeparated") + ")" : "");
        if ("BOOLEAN".equals(field.type()) && !field.multiple()) {
            Checkbox box = new Checkbox(label);
            clearServerErrorOnEdit(box, field.id());
            binder.forField(box)
                    .withValidator((v, c) -> serverCheck(field.id()))
                    .bind(m -> Boolean.parseBoolean(m.get(field.id())), (m, v) -> m.put(field.id(), String.valueOf(v)));
            inputs.put(field.id(), box);
            return box;
        }
        if (!field.options().isEmpty() && !field.multiple()) {
            ComboBox<String> choice = new ComboBox<>(label);
            choice.setItems(field.options().stream().map(ConfigurationField.Option::value).toList());
            choice.setItemLabelGenerator(v -> field.options().stream().filter(o -> o.value().equals(v))
                    .map(ConfigurationField.Option::label).findFirst().orElse(v));
            choice.setHelperText(field.description());
            clearServerErrorOnEdit(choice, field.id());
            binder.forField(choice)
                    .withValidator((v, c) -> serverCheck(field.id()))
                    .bind(m -> m.get(field.id()), (m, v) -> m.put(field.id(), v == null ? "" : v));
            inputs.put(field.id(), choice);
            return choice;
        }
        TextField text = new TextField(label);
        text.setHelperText(field.description());
        text.setRequiredIndicatorVisible(field.required());
        text.setId("config-" + field.id());
        clearServerErrorOnEdit(text, field.id());
        binder.forField(text)
                .withValidator((v, c) -> serverCheck(field.id()))
                .bind(m -> m.getOrDefault(field.id(), ""), (m, v) -> m.put(field.id(), v));
        inputs.put(field.id(), text);
        return text;
    }

    /** Registered before the binding, so the binder validates the edited value without the old error. */
    private void clearServerErrorOnEdit(HasValue<?, ?> input, String fieldId) {
        input.addValueChangeListener(event -> serverErrors.remove(fieldId));
    }

    private ValidationResult serverCheck(String fieldId) {
        String error = serverErrors.get(fieldId);
        return error == null ? ValidationResult.ok() : ValidationResult.error(error);
    }

    private void save(String pid, FrameworkServices services, Actor actor) {
        serverErrors.clear();
        Map<String, String> values = values();
        boolean saved = Notices.attempt(() -> {
            try {
                services.require(PlatformAdmin.class).configure(actor, pid, values);
            } catch (ConfigurationValidationException invalid) {
                serverErrors.putAll(invalid.fieldErrors(UiLanguage.chinese()));
                throw invalid;
            }
        }, getTranslation("platform.config.saved"));
        binder.validate();
        if (saved) {
            serverErrors.clear();
        }
    }
}
