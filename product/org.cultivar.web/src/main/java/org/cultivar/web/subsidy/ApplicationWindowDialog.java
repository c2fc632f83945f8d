package org.cultivar.web.subsidy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.util.Map;
import org.cultivar.core.api.platform.ConfigurationValidationException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.ScheduleChanges;
import org.cultivar.web.shell.UiLanguage;

/**
 * Opens or closes a schedule's application window from a day on. It is an ordinary dated change
 * of the window parameters, with its reason, so it is checked, audited and kept in the history
 * like any other: opening from a day leaves the window open-ended; closing from a day makes the
 * day before the last one applications are accepted (the closing day is inclusive).
 */
class ApplicationWindowDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    static final String OPENS = "window.opens";
    static final String CLOSES = "window.closes";

    ApplicationWindowDialog(ScheduleChanges changes, Actor actor, ScheduleDefinition schedule, boolean open, SerializableRunnable saved) {
        setHeaderTitle(SubsidyLabels.text(open ? "subsidy.schedules.window.open.title" : "subsidy.schedules.window.close.title",
                SubsidyLabels.schedule(schedule)));
        setWidth("32em");
        setId("application-window-dialog");
        ScheduleChangeFields dated = new ScheduleChangeFields();
        add(new Paragraph(SubsidyLabels.text(open ? "subsidy.schedules.window.open.help" : "subsidy.schedules.window.close.help")),
                dated.effectiveOn, dated.reason);
        FieldProblems problems = dated.problems();
        Button save = new Button(SubsidyLabels.text(open ? "subsidy.schedules.window.open" : "subsidy.schedules.window.close"), e -> {
            if (!dated.valid()) {
                return;
            }
            LocalDate day = dated.day();
            Map<String, String> values = open ? Map.of(OPENS, day.toString(), CLOSES, "") : Map.of(CLOSES, day.minusDays(1).toString());
            Refusals.obtain(() -> {
                try {
                    return changes.propose(actor, schedule.id(), day, values, dated.why());
                } catch (ConfigurationValidationException refused) {
                    Refusals.show(refused.message(UiLanguage.chinese()));
                    return null;
                }
            }, problems).ifPresent(change -> {
                Refusals.success(SubsidyLabels.text(change.applied() ? "subsidy.schedules.saved.applied" : "subsidy.schedules.saved.pending",
                        SubsidyLabels.date(change.effectiveOn())));
                close();
                saved.run();
            });
        });
        save.setId("save-application-window");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(SubsidyLabels.text("common.cancel"), e -> close()), save);
    }
}
