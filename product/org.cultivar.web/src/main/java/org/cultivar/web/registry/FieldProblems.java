package org.cultivar.web.registry;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.web.shell.ProblemText;

/**
 * Puts the service's {@link FieldProblem}s on the fields they name. The registry names fields
 * after the input records' components ({@code creditCode}, {@code justification}, …); a problem
 * naming no field of the form is still shown, as a notification, so nothing is lost.
 */
final class FieldProblems {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldProblems field(String name, HasValidation field) {
        fields.put(key(name), field);
        return this;
    }

    void show(InvalidInputException refused) {
        clear();
        Map<HasValidation, List<String>> messages = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem problem : refused.problems()) {
            HasValidation field = fields.get(key(problem.field()));
            if (field == null) {
                unplaced.add(ProblemText.of(problem));
            } else {
                messages.computeIfAbsent(field, f -> new ArrayList<>()).add(ProblemText.message(problem));
            }
        }
        messages.forEach((field, texts) -> {
            field.setErrorMessage(ProblemText.joined(texts));
            field.setInvalid(true);
        });
        if (!unplaced.isEmpty() || messages.isEmpty()) {
            Refusals.show(unplaced.isEmpty() ? ProblemText.of(refused) : ProblemText.joined(unplaced));
        }
    }

    void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** "figures.revenue", "Revenue" and "revenue" name the same field. */
    private static String key(String name) {
        if (name == null) {
            return "";
        }
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.strip().toLowerCase(Locale.ROOT);
    }
}
