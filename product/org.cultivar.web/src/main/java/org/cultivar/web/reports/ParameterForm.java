package org.cultivar.web.reports;

import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.List;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportParameter.Kind;

/** The fields a report asks for, generated from its parameters, required ones marked and checked before it runs. */
class ParameterForm extends FormLayout {
    private static final long serialVersionUID = 1L;

    private final List<ParameterInput> inputs;

    ParameterForm(ReportDescriptor report, Actor actor) {
        setId("report-parameters");
        inputs = report.parameters().stream().map(parameter -> ParameterInput.of(parameter, actor)).toList();
        inputs.forEach(input -> input.fields().forEach(this::add));
    }

    /** The arguments entered, or nothing when one is missing or wrong; the fields then say what. */
    Optional<ReportArguments> arguments() {
        inputs.forEach(ParameterInput::clearProblem);
        ReportArguments arguments = ReportArguments.NONE;
        try {
            for (ParameterInput input : inputs) {
                arguments = input.applyTo(arguments);
            }
        } catch (IllegalArgumentException refused) { // an inverted date range
            if (!showAtField(refused.getMessage())) {
                throw refused;
            }
        }
        return inputs.stream().anyMatch(ParameterInput::hasProblem) ? Optional.empty() : Optional.of(arguments);
    }

    /** Shows the message at the field it is about; false when it names none of this report's fields. */
    boolean showAtField(String message) {
        List<Kind> asked = inputs.stream().map(ParameterInput::kind).toList();
        Optional<Kind> named = NamedArgument.in(message, asked);
        named.ifPresent(kind -> inputs.stream().filter(input -> input.kind() == kind).forEach(input -> input.showProblem(message)));
        return named.isPresent();
    }
}
