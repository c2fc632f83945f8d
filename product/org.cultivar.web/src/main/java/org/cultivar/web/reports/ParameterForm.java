package org.cultivar.web.reports;

import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.List;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.reports.api.InvalidReportArgumentException;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportParameter.Kind;
import org.cultivar.web.shell.RefusalText;

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
        } catch (InvalidReportArgumentException refused) { // an inverted date range
            if (!showAtField(refused)) {
                throw refused;
            }
        }
        return inputs.stream().anyMatch(ParameterInput::hasProblem) ? Optional.empty() : Optional.of(arguments);
    }

    /** Shows the refusal at the field it is about, in the person's language; false when it is about none of this report's fields. */
    boolean showAtField(InvalidReportArgumentException refused) {
        Optional<Kind> about = refused.parameter().filter(kind -> inputs.stream().anyMatch(input -> input.kind() == kind));
        about.ifPresent(kind -> inputs.stream().filter(input -> input.kind() == kind)
                .forEach(input -> input.showProblem(RefusalText.of(refused))));
        return about.isPresent();
    }
}
