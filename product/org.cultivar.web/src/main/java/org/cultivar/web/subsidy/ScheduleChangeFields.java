package org.cultivar.web.subsidy;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;

/**
 * What every schedule change asks besides its values: the day it takes effect (today or later)
 * and the reason that goes into the audit trail. Checked here so a person sees it at once; the
 * engine checks again and has the last word.
 */
final class ScheduleChangeFields {

    /** Form state for the binder. */
    static final class Dated {
        LocalDate effectiveOn = SubsidyLabels.today();
        String reason = "";
    }

    final DatePicker effectiveOn = new DatePicker(SubsidyLabels.text("subsidy.schedules.effectiveOn"));
    final TextArea reason = new TextArea(SubsidyLabels.text("subsidy.schedules.reason"));
    private final Binder<Dated> binder = new Binder<>();
    private final Dated dated = new Dated();

    ScheduleChangeFields() {
        effectiveOn.setId("change-effective-on");
        effectiveOn.setMin(SubsidyLabels.today());
        effectiveOn.setHelperText(SubsidyLabels.text("subsidy.schedules.effectiveOn.help"));
        reason.setId("change-reason");
        reason.setWidthFull();
        binder.forField(effectiveOn).asRequired(SubsidyLabels.text("subsidy.schedules.effectiveOnRequired"))
                .withValidator(day -> !day.isBefore(SubsidyLabels.today()), SubsidyLabels.text("subsidy.schedules.effectiveOnPast"))
                .bind(d -> d.effectiveOn, (d, v) -> d.effectiveOn = v);
        binder.forField(reason).asRequired(SubsidyLabels.text("subsidy.schedules.reasonRequired"))
                .bind(d -> d.reason, (d, v) -> d.reason = v);
        binder.setBean(dated);
    }

    boolean valid() {
        return binder.validate().isOk();
    }

    LocalDate day() {
        return dated.effectiveOn;
    }

    String why() {
        return dated.reason.strip();
    }

    FieldProblems problems() {
        return new FieldProblems().field("effectiveOn", effectiveOn).field("reason", reason);
    }
}
