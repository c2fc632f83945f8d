package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.platform.Configurations;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.ScheduleChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts dated changes into the running configuration once their day has come. The database is the
 * source of truth (DESIGN.md "Installed features and configuration"): each run writes the values
 * of every change in force today, so a node that missed one, or a restarted framework, ends up with
 * the same configuration. Configuration Admin is updated inside the transaction that marks the
 * changes applied, so a change is recorded as applied only if its values reached the schedule; a
 * failure leaves it pending for the next run.
 */
final class ScheduleChangeApplication {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleChangeApplication.class);

    private final EngineContext engine;
    private final ConfiguredSchedules schedules;
    private final Configurations configurations;

    ScheduleChangeApplication(EngineContext engine, ConfiguredSchedules schedules, Configurations configurations) {
        this.engine = engine;
        this.schedules = schedules;
        this.configurations = configurations;
    }

    /** Applies the due changes of every schedule; one schedule's failure does not hold up the others. */
    int applyDue() {
        List<String> due = engine.transactions().required(c -> ScheduleChangeTable.schedulesWithDueChanges(c, engine.today()));
        int applied = 0;
        for (String scheduleId : due) {
            try {
                applied += apply(scheduleId);
            } catch (RuntimeException e) {
                LOG.error("Dated configuration changes of schedule {} could not be applied; they stay pending", scheduleId, e);
            }
        }
        return applied;
    }

    /**
     * Brings the schedule's configuration up to the changes in force today and records the newly
     * due ones as applied by the system. A schedule that is not running is left for when it runs.
     *
     * @return how many changes this call applied
     */
    int apply(String scheduleId) {
        Optional<ConfiguredSchedules.Configured> running = schedules.find(scheduleId);
        return running.isEmpty() ? 0 : apply(scheduleId, running.get().pid());
    }

    /** As {@link #apply(String)}, for a schedule whose pid the caller knows (it just arrived). */
    int apply(String scheduleId, String pid) {
        return engine.transactions().required(c -> {
            List<ScheduleChangeTable.Stored> inForce = ScheduleChangeTable.effectiveBy(c, scheduleId, engine.today());
            if (inForce.isEmpty()) {
                return 0;
            }
            int applied = 0;
            // the running configuration, brought forward change by change: what each newly applied one replaces
            Map<String, String> running = CurrentConfiguration.values(configurations, pid);
            Map<String, String> values = new TreeMap<>();
            for (ScheduleChangeTable.Stored stored : inForce) {
                ScheduleChange change = stored.change();
                Map<String, String> replaced = new TreeMap<>(running);
                replaced.keySet().retainAll(change.after().keySet());
                boolean appliedNow = !change.applied() && markApplied(c, change, replaced);
                // not marked by this call: another node applied it, or an official cancelled it and its values stay out
                if (appliedNow || change.applied() || ScheduleChangeTable.get(c, change.id()).change().applied()) {
                    values.putAll(change.after());
                    running.putAll(change.after());
                }
                applied += appliedNow ? 1 : 0;
            }
            // last, so that a refusal rolls the marks back
            configurations.update(pid, values);
            return applied;
        });
    }

    /** Records the change as applied by the system, with what it replaced; whether this call did. */
    private boolean markApplied(Connection c, ScheduleChange change, Map<String, String> replaced) throws SQLException {
        if (!ScheduleChangeTable.markApplied(c, change.id(), engine.now(), replaced)) {
            return false;
        }
        engine.audit().record(AuditEvent.of(Actor.SYSTEM, "schedule-configuration.applied", "schedule-configuration",
                        Long.toString(change.id())).withRegion(change.region().code())
                .withChange(Json.write(replaced), Json.write(change.after())));
        engine.events().publish("schedule-configuration/APPLIED", Map.of("id", change.id(),
                "schedule", change.scheduleId(), "region", change.region().code()));
        return true;
    }
}
