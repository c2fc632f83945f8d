package org.cultivar.web.subsidy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.api.ApplicationForm;
import org.cultivar.subsidy.api.ChoiceField;
import org.cultivar.subsidy.api.DateField;
import org.cultivar.subsidy.api.FieldSpec;
import org.cultivar.subsidy.api.IntegerField;
import org.cultivar.subsidy.api.MoneyField;
import org.cultivar.subsidy.api.YesNoField;

/**
 * A schedule's application form, generated from its {@link FieldSpec}s: one input per field,
 * with the field's constraints as Binder validators whose messages tell the clerk what to
 * type. Values are kept as the text the engine reads; the engine's {@link ApplicationForm}
 * checks them again, so this only spares the clerk a round trip.
 */
final class GeneratedForm {

    private final Binder<Map<String, String>> binder = new Binder<>();
    private final Map<String, String> entered = new LinkedHashMap<>();
    private final FormLayout layout = new FormLayout();
    private final FieldProblems problems;
    private final Supplier<LocalDate> applicationDate;

    /** @param problems receives each generated input under its field key */
    GeneratedForm(ApplicationForm form, Supplier<LocalDate> applicationDate, FieldProblems problems) {
        this.applicationDate = applicationDate;
        this.problems = problems;
        layout.setId("application-form");
        form.fields().forEach(this::add);
        binder.setBean(entered);
    }

    Component layout() {
        return layout;
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    /** The entered text of every field that is not blank, keyed by field key. */
    Map<String, String> entered() {
        Map<String, String> filled = new LinkedHashMap<>();
        entered.forEach((key, text) -> {
            if (text != null && !text.isBlank()) {
                filled.put(key, text.strip());
            }
        });
        return filled;
    }

    private void add(FieldSpec spec) {
        String label = SubsidyLabels.of(spec.label());
        Component input;
        if (spec instanceof MoneyField money) {
            input = text(spec, label, moneyRule(money), SubsidyLabels.text("subsidy.form.moneyHelp", money.maxDecimals()));
        } else if (spec instanceof IntegerField integer) {
            input = text(spec, label, integerRule(integer), SubsidyLabels.text("subsidy.form.range", integer.min(), integer.max()));
        } else if (spec instanceof DateField date) {
            input = date(date, label);
        } else if (spec instanceof ChoiceField choice) {
            input = choice(choice, label);
        } else if (spec instanceof YesNoField) {
            input = yesNo(spec, label);
        } else if (spec instanceof org.cultivar.subsidy.api.TextField text) {
            input = freeText(text, label);
        } else {
            throw new IllegalStateException("FieldSpec is sealed; unknown kind " + spec.getClass());
        }
        input.setId("field-" + spec.key());
        problems.field(spec.key(), (HasValidation) input);
        layout.add(input);
    }

    private TextField text(FieldSpec spec, String label, Validator<String> rule, String help) {
        TextField field = new TextField(label);
        field.setHelperText(help);
        Binder.BindingBuilder<Map<String, String>, String> binding = binder.forField(field);
        if (spec.required()) {
            binding = binding.asRequired(SubsidyLabels.text("subsidy.form.required", label));
        }
        binding.withValidator(rule).bind(values -> values.getOrDefault(spec.key(), ""), (values, v) -> values.put(spec.key(), v));
        return field;
    }

    /** Amounts stay {@link BigDecimal} from the text on: a double would turn 0.1 into 0.1000000000000000055. */
    private static Validator<String> moneyRule(MoneyField spec) {
        return (text, context) -> {
            String cleaned = text == null ? "" : text.strip().replace(",", "");
            if (cleaned.isEmpty()) {
                return ValidationResult.ok();
            }
            if (!cleaned.matches("\\d{1,17}(\\.\\d+)?")) {
                return ValidationResult.error(SubsidyLabels.text("subsidy.form.moneyInvalid"));
            }
            BigDecimal yuan = new BigDecimal(cleaned);
            if (Math.max(yuan.stripTrailingZeros().scale(), 0) > spec.maxDecimals()) {
                return ValidationResult.error(SubsidyLabels.text("subsidy.form.moneyDecimals", spec.maxDecimals()));
            }
            Money amount = Money.ofYuan(yuan.setScale(2));
            if (amount.compareTo(spec.min()) < 0) {
                return ValidationResult.error(SubsidyLabels.text("subsidy.form.moneyBelow", SubsidyLabels.money(spec.min())));
            }
            if (amount.compareTo(spec.max()) > 0) {
                return ValidationResult.error(SubsidyLabels.text("subsidy.form.moneyAbove", SubsidyLabels.money(spec.max())));
            }
            return ValidationResult.ok();
        };
    }

    private static Validator<String> integerRule(IntegerField spec) {
        return (text, context) -> {
            String cleaned = text == null ? "" : text.strip().replace(",", "");
            if (cleaned.isEmpty()) {
                return ValidationResult.ok();
            }
            if (!cleaned.matches("-?\\d{1,18}")) {
                return ValidationResult.error(SubsidyLabels.text("subsidy.form.integerInvalid"));
            }
            long value = Long.parseLong(cleaned);
            return value < spec.min() || value > spec.max()
                    ? ValidationResult.error(SubsidyLabels.text("subsidy.form.range", spec.min(), spec.max()))
                    : ValidationResult.ok();
        };
    }

    private DatePicker date(DateField spec, String label) {
        DatePicker picker = new DatePicker(label);
        Binder.BindingBuilder<Map<String, String>, LocalDate> binding = binder.forField(picker);
        if (spec.required()) {
            binding = binding.asRequired(SubsidyLabels.text("subsidy.form.required", label));
        }
        binding.withValidator(day -> day == null || spec.earliest() == null || !day.isBefore(spec.earliest()),
                        SubsidyLabels.text("subsidy.form.dateBefore", SubsidyLabels.date(spec.earliest())))
                .withValidator(day -> day == null || !spec.notAfterApplication() || applicationDate.get() == null
                        || !day.isAfter(applicationDate.get()), SubsidyLabels.text("subsidy.form.dateAfterApplication"))
                .withConverter(day -> day == null ? "" : day.toString(), text -> text == null || text.isBlank() ? null : LocalDate.parse(text))
                .bind(values -> values.getOrDefault(spec.key(), ""), (values, v) -> values.put(spec.key(), v));
        return picker;
    }

    private ComboBox<ChoiceField.Choice> choice(ChoiceField spec, String label) {
        ComboBox<ChoiceField.Choice> box = new ComboBox<>(label);
        box.setItems(spec.choices());
        box.setItemLabelGenerator(choice -> SubsidyLabels.of(choice.label()));
        Binder.BindingBuilder<Map<String, String>, ChoiceField.Choice> binding = binder.forField(box);
        if (spec.required()) {
            binding = binding.asRequired(SubsidyLabels.text("subsidy.form.required", label));
        }
        binding.withConverter(choice -> choice == null ? "" : choice.value(),
                        value -> spec.choices().stream().filter(choice -> choice.value().equals(value)).findFirst().orElse(null))
                .bind(values -> values.getOrDefault(spec.key(), ""), (values, v) -> values.put(spec.key(), v));
        return box;
    }

    /** A checkbox always answers, so a required yes/no field cannot be left blank. */
    private Checkbox yesNo(FieldSpec spec, String label) {
        Checkbox box = new Checkbox(label);
        binder.forField(box).withConverter(String::valueOf, Boolean::parseBoolean)
                .bind(values -> values.getOrDefault(spec.key(), "false"), (values, v) -> values.put(spec.key(), v));
        return box;
    }

    private TextArea freeText(org.cultivar.subsidy.api.TextField spec, String label) {
        TextArea area = new TextArea(label);
        Binder.BindingBuilder<Map<String, String>, String> binding = binder.forField(area);
        if (spec.required()) {
            binding = binding.asRequired(SubsidyLabels.text("subsidy.form.required", label));
        }
        // code points, as the engine counts them: a Chinese character outside the BMP is one character
        binding.withValidator(text -> text == null || text.strip().codePointCount(0, text.strip().length()) <= spec.maxLength(),
                        SubsidyLabels.text("subsidy.form.textTooLong", spec.maxLength()))
                .bind(values -> values.getOrDefault(spec.key(), ""), (values, v) -> values.put(spec.key(), v));
        return area;
    }
}
