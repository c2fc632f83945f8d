package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.platform.Configurations;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.ScheduleChange;
import org.cultivar.subsidy.api.process.ScheduleChanges;
import org.cultivar.subsidy.api.process.ScheduleUnavailableException;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dated parameter changes by officials of the schedule's region. A change is checked three ways
 * before anything is stored: against Metatype (types, required values, options), against the
 * changes already waiting for their day, and by the schedule itself, which builds the definition
 * the configuration would give on that day. Stored and audited in one transaction; a change
 * effective today is applied right after it commits.
 */
@Component(service = ScheduleChanges.class)
public class ScheduleChangesService implements ScheduleChanges {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleChangesService.class);
    private static final int REASON_LENGTH = 1000;

    private final EngineContext engine;
    private final ConfiguredSchedules schedules;
    private final Configurations configurations;
    private final ScheduleChangeApplication application;

    @Activate
    public ScheduleChangesService(@Reference Transactions transactions, @Reference AuditTrail auditTrail, @Reference SubsidyEvents events,
                                  @Reference ConfiguredSchedules schedules, @Reference Configurations configurations,
                                  @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.subsidy)") Schema schema) {
        this(new EngineContext(transactions, auditTrail, events, Clock.systemUTC()), schedules, configurations);
    }

    ScheduleChangesService(EngineContext engine, ConfiguredSchedules schedules, Configurations configurations) {
        this.engine = engine;
        this.schedules = schedules;
        this.configurations = configurations;
        this.application = new ScheduleChangeApplication(engine, schedules, configurations);
    }

    @Override
    public ConfigurableComponent configuration(Actor actor, String scheduleId) {
        Authority.requireReader(actor);
        ConfiguredSchedules.Configured running = schedules.require(scheduleId);
        Authority.requireScope(actor, running.schedule().definition().region());
        return form(scheduleId, running.pid());
    }

    @Override
    public ScheduleChange propose(Actor actor, String scheduleId, LocalDate effectiveOn, Map<String, String> values, String reason) {
        Authority.requireOfficial(actor);
        ConfiguredSchedules.Configured running = schedules.require(scheduleId);
        ScheduleDefinition current = running.schedule().definition();
        Authority.requireScope(actor, current.region());
        String why = checkedRequest(effectiveOn, values, reason);
        configurations.validate(running.pid(), values);
        Map<String, String> inForce = new TreeMap<>();
        form(scheduleId, running.pid()).fields().forEach(field -> inForce.put(field.id(), field.currentValue()));
        Map<String, String> after = new TreeMap<>();
        values.forEach((key, value) -> {
            if (!normalized(value).equals(normalized(inForce.get(key)))) {
                after.put(key, value.strip());
            }
        });
        if (after.isEmpty()) {
            throw new InvalidInputException("values", "change nothing: each is the value in force");
        }
        Map<String, String> before = new TreeMap<>(inForce);
        before.keySet().retainAll(after.keySet());
        long id = engine.transactions().required(c -> {
            checkWithSchedule(c, running, current, inForce, effectiveOn, after);
            long stored = ScheduleChangeTable.insert(c, scheduleId, current.region(), running.pid(), effectiveOn, why, before, after,
                    actor, engine.now());
            engine.audit().record(AuditEvent.of(actor, "schedule-configuration.proposed", "schedule-configuration", Long.toString(stored))
                    .withRegion(current.region().code())
                    .withChange(Json.write(before), Json.write(Map.of("schedule", scheduleId, "effectiveOn", effectiveOn.toString(),
                            "values", after, "reason", why))));
            engine.events().publish("schedule-configuration/PROPOSED", Map.of("id", stored, "schedule", scheduleId,
                    "region", current.region().code()));
            return stored;
        });
        if (!effectiveOn.isAfter(engine.today())) {
            try {
                application.apply(scheduleId, running.pid());
            } catch (RuntimeException e) {
                // stored and audited already: the change stays pending and the sweep applies it, so the caller sees it waiting
                LOG.error("Schedule change {} of {} is stored but could not be applied yet", id, scheduleId, e);
            }
        }
        return engine.transactions().required(c -> ScheduleChangeTable.get(c, id).change());
    }

    @Override
    public List<ScheduleChange> history(Actor actor, String scheduleId) {
        Authority.requireReader(actor);
        return engine.transactions().required(c -> {
            Authority.requireScope(actor, region(c, scheduleId));
            return ScheduleChangeTable.history(c, scheduleId);
        });
    }

    /** Every problem with the request itself at once; the cleaned reason. */
    private String checkedRequest(LocalDate effectiveOn, Map<String, String> values, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (effectiveOn == null) {
            problems.add(FieldProblem.of("effectiveOn", "is required"));
        } else if (effectiveOn.isBefore(engine.today())) {
            problems.add(FieldProblem.of("effectiveOn", effectiveOn + " is in the past: a change takes effect today (" + engine.today()
                    + ") or later"));
        }
        if (values == null || values.isEmpty()) {
            problems.add(FieldProblem.of("values", "name at least one parameter to change"));
        }
        String why = null;
        try {
            why = Reasons.required("reason", reason, REASON_LENGTH);
        } catch (InvalidInputException refused) {
            problems.addAll(refused.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return why;
    }

    /**
     * The schedule builds the definition its configuration would give on the day: what is in force,
     * the changes still waiting that take effect by then, and this one. A refusal is the schedule's
     * reason, and nothing is stored.
     */
    private void checkWithSchedule(Connection c, ConfiguredSchedules.Configured running, ScheduleDefinition current,
                                   Map<String, String> inForce, LocalDate effectiveOn, Map<String, String> after) throws SQLException {
        Map<String, Object> onTheDay = new TreeMap<>(inForce);
        for (ScheduleChangeTable.Stored waiting : ScheduleChangeTable.effectiveBy(c, current.id(), effectiveOn)) {
            if (!waiting.change().applied()) {
                onTheDay.putAll(waiting.change().after());
            }
        }
        onTheDay.putAll(after);
        try {
            running.schedule().definitionFor(onTheDay);
        } catch (UnsupportedOperationException cannotSay) {
            throw new InvalidInputException("values", cannotSay.getMessage() + "; it cannot be changed by date");
        } catch (RuntimeException refused) {
            if (schedules.find(current.id()).isEmpty()) { // it stopped while asked: unavailable, not a refusal of the values
                ScheduleUnavailableException unavailable = new ScheduleUnavailableException(current.id());
                unavailable.addSuppressed(refused);
                throw unavailable;
            }
            throw new InvalidInputException("values", "the schedule refuses this configuration: " + refused.getMessage());
        }
    }

    private ConfigurableComponent form(String scheduleId, String pid) {
        return configurations.components().stream().filter(component -> component.pid().equals(pid)).findFirst()
                .orElseThrow(() -> new ScheduleUnavailableException(scheduleId));
    }

    /** The schedule's region: from its recorded changes, else from the running schedule. */
    private RegionCode region(Connection c, String scheduleId) throws SQLException {
        return Jdbc.one(c, "SELECT region_code FROM subsidy_schedule_change WHERE schedule_id = ? FETCH FIRST 1 ROWS ONLY",
                        row -> RegionCode.of(row.getString(1)), scheduleId)
                .orElseGet(() -> schedules.require(scheduleId).schedule().definition().region());
    }

    /** Configuration text compared as a form enters it: lists item by item, blanks around items ignored. */
    private static String normalized(String value) {
        if (value == null) {
            return "";
        }
        return String.join(",", java.util.Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList());
    }
}
