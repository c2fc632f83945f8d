package org.cultivar.web.subsidy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableRunnable;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.ScheduleChange;
import org.cultivar.subsidy.api.process.ScheduleChanges;

/** Withdraws a change waiting for its day, with the reason that goes into the audit trail and the history. */
class ScheduleCancelDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    /** Form state for the binder. */
    static final class Withdrawal {
        String reason = "";
    }

    ScheduleCancelDialog(ScheduleChanges changes, Actor actor, ScheduleChange change, SerializableRunnable cancelled) {
        setHeaderTitle(SubsidyLabels.text("subsidy.schedules.cancel.title", SubsidyLabels.date(change.effectiveOn())));
        setWidth("32em");
        setId("schedule-cancel-dialog");
        TextArea reason = new TextArea(SubsidyLabels.text("subsidy.schedules.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setWidthFull();
        Binder<Withdrawal> binder = new Binder<>();
        binder.forField(reason).asRequired(SubsidyLabels.text("subsidy.schedules.reasonRequired"))
                .bind(w -> w.reason, (w, v) -> w.reason = v);
        Withdrawal withdrawal = new Withdrawal();
        binder.setBean(withdrawal);
        add(new Paragraph(SubsidyLabels.text("subsidy.schedules.cancel.help")), new Paragraph(ScheduleHistoryDialog.values(change)), reason);
        FieldProblems problems = new FieldProblems().field("reason", reason);
        Button confirm = new Button(SubsidyLabels.text("subsidy.schedules.cancel.confirm"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            Refusals.obtain(() -> changes.cancel(actor, change.id(), withdrawal.reason.strip()), problems).ifPresent(done -> {
                Refusals.success(SubsidyLabels.text("subsidy.schedules.cancel.done"));
                close();
                cancelled.run();
            });
        });
        confirm.setId("confirm-cancel-change");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(SubsidyLabels.text("common.cancel"), e -> close()), confirm);
    }
}
