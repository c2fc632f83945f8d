package org.cultivar.web.subsidy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Map;
import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.platform.ConfigurationValidationException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.ScheduleChanges;
import org.cultivar.web.platform.ConfigurationForm;
import org.cultivar.web.shell.UiLanguage;

/**
 * Changes a schedule's parameters from a day on: the platform's Metatype form, plus the day and
 * the reason. Values Metatype refuses are shown on their fields; the schedule's own refusal and
 * the other checks in the engine's words.
 */
class ScheduleConfigurationDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    ScheduleConfigurationDialog(ScheduleChanges changes, Actor actor, ScheduleDefinition schedule, ConfigurableComponent configuration,
                                SerializableRunnable saved) {
        setHeaderTitle(SubsidyLabels.text("subsidy.schedules.configure.title", SubsidyLabels.schedule(schedule)));
        setWidth("48em");
        setId("schedule-configuration-dialog");
        ConfigurationForm form = new ConfigurationForm(configuration);
        ScheduleChangeFields dated = new ScheduleChangeFields();
        add(form, dated.effectiveOn, dated.reason);
        FieldProblems problems = dated.problems();
        Button save = new Button(SubsidyLabels.text("subsidy.schedules.save"), e -> {
            if (!dated.valid()) {
                return;
            }
            Map<String, String> values = form.values();
            Refusals.obtain(() -> {
                try {
                    return changes.propose(actor, schedule.id(), dated.day(), values, dated.why());
                } catch (ConfigurationValidationException refused) {
                    form.showErrors(refused.fieldErrors(UiLanguage.chinese()));
                    return null;
                }
            }, problems).ifPresent(change -> {
                Refusals.success(SubsidyLabels.text(change.applied() ? "subsidy.schedules.saved.applied" : "subsidy.schedules.saved.pending",
                        SubsidyLabels.date(change.effectiveOn())));
                close();
                saved.run();
            });
        });
        save.setId("save-schedule-configuration");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(SubsidyLabels.text("common.cancel"), e -> close()), save);
    }
}
