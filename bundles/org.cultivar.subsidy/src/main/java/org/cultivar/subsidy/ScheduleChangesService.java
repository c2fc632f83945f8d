package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.platform.Configurations;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.ConflictException;
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
    /** No change left out: ids start at 1. */
    private static final long NONE = 0;

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
            throw new InvalidInputException("values", "未作任何变更：各项均为现行值。", "change nothing: each is the value in force");
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
        return engine.transactions().required(c -> withProjectedBefore(scheduleId, ScheduleChangeTable.history(c, scheduleId)).stream()
                .filter(change -> change.id() == id).findFirst().orElseThrow());
    }

    @Override
    public List<ScheduleChange> history(Actor actor, String scheduleId) {
        Authority.requireReader(actor);
        return engine.transactions().required(c -> {
            Authority.requireScope(actor, region(c, scheduleId));
            return withProjectedBefore(scheduleId, ScheduleChangeTable.history(c, scheduleId));
        });
    }

    @Override
    public ScheduleChange cancel(Actor actor, long changeId, String reason) {
        Authority.requireOfficial(actor);
        String why = Reasons.required("reason", reason, REASON_LENGTH);
        return engine.transactions().required(c -> {
            ScheduleChange change = ScheduleChangeTable.find(c, changeId).map(ScheduleChangeTable.Stored::change)
                    .orElseThrow(() -> new InvalidInputException("change", "配置变更 " + changeId + " 不存在。",
                            "there is no schedule change " + changeId));
            Authority.requireScope(actor, change.region());
            if (change.cancelled()) {
                throw new InvalidInputException("change", "已由 " + change.cancellation().by() + " 撤回。",
                        "was already cancelled by " + change.cancellation().by());
            }
            if (change.applied()) {
                throw new InvalidInputException("change", "自 " + change.effectiveOn() + " 起已生效；如需撤回，请提出改回原值的变更。",
                        "is in force since " + change.effectiveOn() + "; to undo it, propose a change back to the earlier values");
            }
            checkWaitingChangesWithout(c, change);
            if (!ScheduleChangeTable.markCancelled(c, changeId, actor, engine.now(), why)) {
                throw new ConflictException(BilingualText.of("该变更已在此期间被应用或撤回，本次未撤回任何内容。", "The change was applied or cancelled meanwhile; nothing was cancelled"));
            }
            engine.audit().record(AuditEvent.of(actor, "schedule-configuration.cancelled", "schedule-configuration", Long.toString(changeId))
                    .withRegion(change.region().code())
                    .withChange(Json.write(Map.of("schedule", change.scheduleId(), "effectiveOn", change.effectiveOn().toString(),
                            "values", change.after())), Json.write(Map.of("cancelled", true, "reason", why))));
            engine.events().publish("schedule-configuration/CANCELLED", Map.of("id", changeId, "schedule", change.scheduleId(),
                    "region", change.region().code()));
            return ScheduleChangeTable.get(c, changeId).change();
        });
    }

    /**
     * The changes still waiting would have been checked with this one in force before them; each
     * must still make a configuration the schedule accepts on its day without it, else the official
     * cancels that one first. Without a running schedule to ask, only a change nothing waits after may go.
     */
    private void checkWaitingChangesWithout(Connection c, ScheduleChange cancelled) throws SQLException {
        List<ScheduleChange> later = ScheduleChangeTable.pending(c, cancelled.scheduleId()).stream()
                .filter(waiting -> waiting.id() != cancelled.id() && !waiting.effectiveOn().isBefore(cancelled.effectiveOn())).toList();
        if (later.isEmpty()) {
            return;
        }
        ConfiguredSchedules.Configured running = schedules.require(cancelled.scheduleId());
        Map<String, String> inForce = CurrentConfiguration.values(configurations, running.pid());
        for (ScheduleChange waiting : later) {
            Map<String, Object> onTheDay = configurationOn(c, cancelled.scheduleId(), inForce, waiting.effectiveOn(), cancelled.id());
            try {
                running.schedule().definitionFor(onTheDay);
            } catch (RuntimeException refused) {
                // the schedule's reason is its own, in English
                throw new InvalidInputException("change", waiting.effectiveOn() + " 生效的配置变更（编号 " + waiting.id()
                        + "）有赖于本变更：没有本变更，项目将拒绝该配置（" + refused.getMessage() + "）；请先撤销该变更。",
                        "the change from " + waiting.effectiveOn() + " (no. " + waiting.id() + ") needs it: without it the schedule"
                                + " refuses that configuration (" + refused.getMessage() + "); cancel that one first");
            }
        }
    }

    /**
     * A waiting change's {@code before}: what it would replace as things stand, the values in force
     * now brought forward by the changes waiting before it. Applied ones keep what they replaced.
     */
    private List<ScheduleChange> withProjectedBefore(String scheduleId, List<ScheduleChange> history) {
        if (history.stream().noneMatch(ScheduleChange::pending)) {
            return history;
        }
        Optional<ConfiguredSchedules.Configured> running = schedules.find(scheduleId);
        if (running.isEmpty()) {
            return history; // no values in force to project from: as seen when proposed
        }
        Map<String, String> projected = CurrentConfiguration.values(configurations, running.get().pid());
        Map<Long, ScheduleChange> byId = new java.util.HashMap<>();
        history.stream().filter(ScheduleChange::pending)
                .sorted(java.util.Comparator.comparing(ScheduleChange::effectiveOn).thenComparing(ScheduleChange::id))
                .forEach(waiting -> {
                    SortedMap<String, String> before = new TreeMap<>(projected);
                    before.keySet().retainAll(waiting.after().keySet());
                    byId.put(waiting.id(), waiting.withBefore(before));
                    projected.putAll(waiting.after());
                });
        return history.stream().map(change -> byId.getOrDefault(change.id(), change)).toList();
    }

    /** Every problem with the request itself at once; the cleaned reason. */
    private String checkedRequest(LocalDate effectiveOn, Map<String, String> values, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (effectiveOn == null) {
            problems.add(FieldProblem.of("effectiveOn", "为必填项。", "is required"));
        } else if (effectiveOn.isBefore(engine.today())) {
            problems.add(FieldProblem.of("effectiveOn", "生效日期 " + effectiveOn + " 早于今天（" + engine.today()
                    + "）：变更只能自今天或以后生效。", effectiveOn + " is in the past: a change takes effect today (" + engine.today() + ") or later"));
        }
        if (values == null || values.isEmpty()) {
            problems.add(FieldProblem.of("values", "请至少指定一项要变更的参数。", "name at least one parameter to change"));
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
        Map<String, Object> onTheDay = configurationOn(c, current.id(), inForce, effectiveOn, NONE);
        onTheDay.putAll(after);
        try {
            running.schedule().definitionFor(onTheDay);
        } catch (UnsupportedOperationException cannotSay) {
            throw new InvalidInputException("values", "项目 " + current.id() + " 无法在配置生效前进行核验，因此不能按日期变更。",
                    cannotSay.getMessage() + "; it cannot be changed by date");
        } catch (RuntimeException refused) {
            if (schedules.find(current.id()).isEmpty()) { // it stopped while asked: unavailable, not a refusal of the values
                ScheduleUnavailableException unavailable = new ScheduleUnavailableException(current.id());
                unavailable.addSuppressed(refused);
                throw unavailable;
            }
            // the schedule's reason is its own, in English
            throw new InvalidInputException("values", "项目拒绝此配置（" + refused.getMessage() + "）。",
                    "the schedule refuses this configuration: " + refused.getMessage());
        }
    }

    /** The configuration on the day: what is in force, with the changes waiting that take effect by then, but for one left out. */
    private static Map<String, Object> configurationOn(Connection c, String scheduleId, Map<String, String> inForce, LocalDate day,
                                                       long leftOut) throws SQLException {
        Map<String, Object> onTheDay = new TreeMap<>(inForce);
        for (ScheduleChangeTable.Stored waiting : ScheduleChangeTable.effectiveBy(c, scheduleId, day)) {
            if (!waiting.change().applied() && waiting.change().id() != leftOut) {
                onTheDay.putAll(waiting.change().after());
            }
        }
        return onTheDay;
    }

    private ConfigurableComponent form(String scheduleId, String pid) {
        return CurrentConfiguration.form(configurations, pid).orElseThrow(() -> new ScheduleUnavailableException(scheduleId));
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
