package org.cultivar.web.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportParameter;
import org.cultivar.reports.api.ReportParameter.Kind;

/** The fields one report parameter is entered in, and how their values go into the report's arguments. */
final class ParameterInput {

    private final ReportParameter parameter;
    private final List<Component> fields;
    private final UnaryOperator<ReportArguments> apply;

    private ParameterInput(ReportParameter parameter, List<Component> fields, UnaryOperator<ReportArguments> apply) {
        this.parameter = parameter;
        this.fields = fields;
        this.apply = apply;
        for (Component field : fields) {
            ((HasValue<?, ?>) field).setRequiredIndicatorVisible(parameter.required());
            ((HasValue<?, ?>) field).addValueChangeListener(change -> clearProblem());
        }
    }

    static ParameterInput of(ReportParameter parameter, Actor actor) {
        return switch (parameter.kind()) {
            case REGION -> region(parameter, actor);
            case SCHEDULE -> {
                TextField schedule = text(parameter.kind());
                yield new ParameterInput(parameter, List.of(schedule), arguments -> arguments.forSchedule(blankToNull(schedule.getValue())));
            }
            case FISCAL_YEAR -> fiscalYear(parameter);
            case DATE_RANGE -> dateRange(parameter);
            case BATCH -> {
                TextField batch = text(parameter.kind());
                batch.setAllowedCharPattern("[0-9]");
                yield new ParameterInput(parameter, List.of(batch), arguments -> arguments.forBatch(blankToNull(batch.getValue())));
            }
            case ENTERPRISE -> {
                TextField code = text(parameter.kind());
                code.setMaxLength(18);
                yield new ParameterInput(parameter, List.of(code),
                        arguments -> arguments.forEnterprise(blankToNull(code.getValue().toUpperCase(Locale.ROOT))));
            }
            case ENTITY -> entity(parameter);
            case PAYOUT -> {
                TextField payout = text(parameter.kind());
                payout.setAllowedCharPattern("[0-9]");
                yield new ParameterInput(parameter, List.of(payout), arguments -> arguments.forPayout(blankToNull(payout.getValue())));
            }
        };
    }

    Kind kind() {
        return parameter.kind();
    }

    List<Component> fields() {
        return fields;
    }

    /**
     * The arguments with this parameter's value added, or a "required" mark on the fields when
     * the report cannot run without one.
     */
    ReportArguments applyTo(ReportArguments arguments) {
        ReportArguments applied = apply.apply(arguments);
        if (parameter.required() && !applied.has(parameter.kind())) {
            showProblem(ReportLabels.text("reports.required"));
        }
        return applied;
    }

    void showProblem(String message) {
        for (Component field : fields) {
            ((HasValidation) field).setErrorMessage(message);
            ((HasValidation) field).setInvalid(true);
        }
    }

    boolean hasProblem() {
        return fields.stream().anyMatch(field -> ((HasValidation) field).isInvalid());
    }

    void clearProblem() {
        for (Component field : fields) {
            ((HasValidation) field).setInvalid(false);
        }
    }

    private static ParameterInput region(ReportParameter parameter, Actor actor) {
        ComboBox<RegionCatalogue.Region> region = new ComboBox<>(ReportLabels.parameter(Kind.REGION));
        region.setId(id(Kind.REGION));
        region.setItems(RegionCatalogue.standard().within(actor.scope()));
        region.setItemLabelGenerator(found -> (ReportLabels.chinese() ? found.nameZh() : found.nameEn()) + " (" + found.code() + ")");
        region.setHelperText(ReportLabels.text("reports.region.default"));
        return new ParameterInput(parameter, List.of(region),
                arguments -> arguments.inRegion(region.getValue() == null ? null : region.getValue().code()));
    }

    private static ParameterInput fiscalYear(ReportParameter parameter) {
        IntegerField year = new IntegerField(ReportLabels.parameter(Kind.FISCAL_YEAR));
        year.setId(id(Kind.FISCAL_YEAR));
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        return new ParameterInput(parameter, List.of(year),
                arguments -> year.getValue() == null ? arguments : arguments.forFiscalYear(year.getValue()));
    }

    private static ParameterInput dateRange(ReportParameter parameter) {
        DatePicker from = new DatePicker(ReportLabels.text("reports.parameter.from"));
        from.setId("report-parameter-from");
        DatePicker to = new DatePicker(ReportLabels.text("reports.parameter.to"));
        to.setId("report-parameter-to");
        // the pickers steer away from an inverted range; one typed in anyway is refused by the arguments
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));
        return new ParameterInput(parameter, List.of(from, to), arguments -> arguments.between(from.getValue(), to.getValue()));
    }

    private static ParameterInput entity(ReportParameter parameter) {
        TextField type = new TextField(ReportLabels.text("reports.parameter.entityType"));
        type.setId("report-parameter-entity-type");
        TextField entityId = new TextField(ReportLabels.text("reports.parameter.entityId"));
        entityId.setId("report-parameter-entity-id");
        return new ParameterInput(parameter, List.of(type, entityId),
                arguments -> arguments.forEntity(blankToNull(type.getValue()), blankToNull(entityId.getValue())));
    }

    private static TextField text(Kind kind) {
        TextField field = new TextField(ReportLabels.parameter(kind));
        field.setId(id(kind));
        field.setClearButtonVisible(true);
        return field;
    }

    private static String id(Kind kind) {
        return "report-parameter-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
