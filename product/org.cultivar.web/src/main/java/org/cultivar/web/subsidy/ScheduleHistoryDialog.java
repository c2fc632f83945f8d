package org.cultivar.web.subsidy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.stream.Collectors;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.ScheduleChange;
import org.cultivar.subsidy.api.process.ScheduleChanges;

/**
 * Every dated change of a schedule: who, when, from which day, why, and each value as in force just
 * before its day → new; officials withdraw one still waiting.
 */
class ScheduleHistoryDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    ScheduleHistoryDialog(ScheduleChanges changes, Actor actor, ScheduleDefinition schedule) {
        setHeaderTitle(SubsidyLabels.text("subsidy.schedules.history.title", SubsidyLabels.schedule(schedule)));
        setWidth("64em");
        setId("schedule-history-dialog");
        Grid<ScheduleChange> history = new Grid<>();
        history.setId("schedule-history");
        // values and reasons are what an auditor reads: wrapped, never cut off with "…"
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(change -> SubsidyLabels.date(change.effectiveOn())).setHeader(SubsidyLabels.text("subsidy.schedules.effectiveOn"))
                .setAutoWidth(true);
        history.addColumn(ScheduleHistoryDialog::state).setHeader(SubsidyLabels.text("subsidy.schedules.state")).setAutoWidth(true);
        history.addColumn(ScheduleHistoryDialog::values).setHeader(SubsidyLabels.text("subsidy.schedules.values")).setFlexGrow(3);
        history.addColumn(ScheduleChange::reason).setHeader(SubsidyLabels.text("subsidy.schedules.reason")).setFlexGrow(2);
        history.addColumn(change -> change.proposedBy() + " · " + SubsidyLabels.time(change.proposedAt()))
                .setHeader(SubsidyLabels.text("subsidy.schedules.proposedBy")).setAutoWidth(true);
        if (actor.has(Role.OFFICIAL)) {
            history.addComponentColumn(change -> withdraw(changes, actor, change, () -> load(history, changes, actor, schedule)))
                    .setKey("actions").setAutoWidth(true);
        }
        load(history, changes, actor, schedule);
        history.setEmptyStateText(SubsidyLabels.text("subsidy.schedules.history.none"));
        add(history);
        getFooter().add(new Button(SubsidyLabels.text("subsidy.schedules.close"), e -> close()));
    }

    private static void load(Grid<ScheduleChange> history, ScheduleChanges changes, Actor actor, ScheduleDefinition schedule) {
        history.setItems(Refusals.obtain(() -> changes.history(actor, schedule.id())).orElse(List.of()));
    }

    /** A waiting change may be withdrawn by the region's officials; nothing else can be undone here. */
    private static Component withdraw(ScheduleChanges changes, Actor actor, ScheduleChange change, SerializableRunnable reload) {
        if (!change.pending()) {
            return new Span();
        }
        Button withdraw = new Button(SubsidyLabels.text("subsidy.schedules.cancel"),
                e -> new ScheduleCancelDialog(changes, actor, change, reload).open());
        withdraw.addClassName("cancel-change");
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return withdraw;
    }

    /** In force, waiting, or withdrawn with who and why. */
    static String state(ScheduleChange change) {
        if (change.cancelled()) {
            return SubsidyLabels.text("subsidy.schedules.cancelled", change.cancellation().by(), change.cancellation().reason());
        }
        return SubsidyLabels.text(change.applied() ? "subsidy.schedules.applied" : "subsidy.schedules.pending");
    }

    /** "key: old → new" per changed parameter; an empty value reads as a dash. */
    static String values(ScheduleChange change) {
        return change.after().entrySet().stream().map(entry -> entry.getKey() + ": " + shown(change.before().get(entry.getKey()))
                + " → " + shown(entry.getValue())).collect(Collectors.joining("; "));
    }

    private static String shown(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
