package org.cultivar.subsidy.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;

/** A schedule's application form: its fields in the order the clerk sees them. */
public record ApplicationForm(List<FieldSpec> fields) {

    public ApplicationForm {
        fields = List.copyOf(fields);
        Set<String> keys = new HashSet<>();
        for (FieldSpec field : fields) {
            if (!keys.add(field.key())) {
                throw new IllegalArgumentException("The form declares the field " + field.key() + " twice");
            }
        }
    }

    public static ApplicationForm of(FieldSpec... fields) {
        return new ApplicationForm(List.of(fields));
    }

    public Optional<FieldSpec> field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /**
     * The typed values of the entered text, or every problem at once: unknown fields (never
     * silently dropped), missing required fields and values that break a constraint, each
     * naming its field.
     *
     * @throws InvalidInputException listing every problem; nothing is read then
     */
    public FormValues read(Map<String, String> entered, LocalDate applicationDate) {
        List<FieldProblem> problems = new ArrayList<>(problemsOfUnknownFields(entered));
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec field : fields) {
            String text = entered.get(field.key());
            if (text == null || text.isBlank()) {
                if (field.required()) {
                    problems.add(FieldProblem.of(field.key(), "为必填项。", "is required"));
                }
                continue;
            }
            try {
                values.put(field.key(), field.read(text, applicationDate));
            } catch (IllegalArgumentException | ArithmeticException e) {
                // the field types of this package word their refusals in Chinese too; anything else reads in English
                problems.add(new FieldProblem(0, field.key(), e.getMessage(), e instanceof FieldValueException value ? value.zh() : null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new FormValues(values);
    }

    private List<FieldProblem> problemsOfUnknownFields(Map<String, String> entered) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : entered.keySet()) {
            if (field(key).isEmpty()) {
                problems.add(FieldProblem.of(Shown.quoted(key), "本申请表没有此字段。", "is not a field of this form"));
            }
        }
        return problems;
    }
}
