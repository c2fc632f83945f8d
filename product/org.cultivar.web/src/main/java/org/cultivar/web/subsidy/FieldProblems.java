package org.cultivar.web.subsidy;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.web.shell.ProblemText;

/**
 * Puts the engine's {@link FieldProblem}s on the fields they name: form fields by their
 * schedule key, the rest ({@code enterprise}, {@code applicationDate}, …) by the input's
 * component names. A problem naming no field on the page is still shown, so nothing is lost.
 */
final class FieldProblems {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldProblems field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    void show(InvalidInputException refused) {
        clear();
        Map<HasValidation, List<String>> messages = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem problem : refused.problems()) {
            HasValidation field = problem.field() == null ? null : fields.get(problem.field());
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
}
