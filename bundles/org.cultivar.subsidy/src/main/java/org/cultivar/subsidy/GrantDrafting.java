package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.Title;
import org.cultivar.store.api.StoreException;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ScheduleUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts no-application awards (免申即享): for every running schedule that drafts on grant, the
 * titles the registry granted since the schedule's cut-off get one {@link Application.Status#DRAFT}
 * application each, recorded by the system and assessed as a clerk's application is, for a clerk
 * to confirm (correct) or withdraw.
 * <p>
 * Design: the engine pulls ({@link CertificationRegistry#grantedBetween}) instead of listening
 * to the registry, so a lost event, a node that was down or a schedule installed late never
 * loses a draft: every sweep looks at the whole period again. That makes every sweep idempotent:
 * a title already drafted under the schedule (whatever became of the draft) is skipped, and the
 * unique key on (schedule, title) refuses the second draft of two nodes sweeping at once; the
 * loser's transaction rolls back whole, audit entry included.
 * <p>
 * The cut-off: titles granted on or after the schedule's window opening (the policy's effective
 * date, as the official configured it) and not after its closing; a schedule whose window has
 * no opening drafts from the day the engine first saw it drafting on grant, so switching a
 * schedule on never drafts for every Little Giant of past years. A promotion between tiers that
 * both qualify (e.g. a Little Giant becoming a Manufacturing Champion) is no new grant. Only
 * enterprises registered within the schedule's region are drafted, and none that already has a
 * standing application under the schedule (e.g. one a clerk recorded by hand).
 */
final class GrantDrafting {

    private static final Logger LOG = LoggerFactory.getLogger(GrantDrafting.class);

    private final EngineContext engine;
    private final ScheduleCatalogue schedules;
    private final CertificationRegistry registry;

    GrantDrafting(EngineContext engine, ScheduleCatalogue schedules, CertificationRegistry registry) {
        this.engine = engine;
        this.schedules = schedules;
        this.registry = registry;
    }

    /** One sweep over every running schedule; returns how many drafts it recorded. */
    int sweep() {
        int drafted = 0;
        for (String scheduleId : schedules.runningIds()) {
            drafted += sweep(scheduleId);
        }
        return drafted;
    }

    /** One sweep over one schedule; a schedule that stops meanwhile ends its sweep, to be swept when it runs again. */
    int sweep(String scheduleId) {
        ScheduleDefinition schedule;
        try {
            schedule = schedules.definition(scheduleId);
        } catch (ScheduleUnavailableException e) {
            return 0;
        }
        if (schedule.draftOnGrantOf() == null) {
            return 0;
        }
        LocalDate from = schedule.window().opens() != null ? schedule.window().opens() : draftsFrom(scheduleId);
        LocalDate today = engine.today();
        LocalDate to = schedule.window().closes() != null && schedule.window().closes().isBefore(today) ? schedule.window().closes() : today;
        if (to.isBefore(from)) {
            return 0;
        }
        int drafted = 0;
        for (Title title : registry.grantedBetween(schedule.draftOnGrantOf(), from, to)) {
            try {
                if (qualifies(schedule, title) && draft(schedule, title)) {
                    drafted++;
                }
            } catch (ScheduleUnavailableException e) {
                return drafted;
            } catch (InvalidInputException e) {
                LOG.warn("Title {} of {} could not be drafted under {}: {}", title.id(), title.enterprise(), scheduleId, e.getMessage());
            }
        }
        return drafted;
    }

    /** A new grant of a qualifying tier to an enterprise of the schedule's region. */
    private boolean qualifies(ScheduleDefinition schedule, Title title) {
        if (title.predecessorId() != null && registry.titles(title.enterprise()).stream()
                .anyMatch(earlier -> earlier.id() == title.predecessorId() && schedule.draftsOnGrantOf(earlier.tier()))) {
            return false;
        }
        Optional<Enterprise> enterprise = registry.enterprise(title.enterprise());
        return enterprise.isPresent() && schedule.region().covers(enterprise.get().region());
    }

    /** Records the draft and its audit entry in one transaction; false if it exists already, here or on another node. */
    private boolean draft(ScheduleDefinition schedule, Title title) {
        try {
            return engine.transactions().required(c -> {
                if (GrantDraftTable.drafted(c, schedule.id(), title.id()) || GrantDraftTable.standing(c, schedule.id(), title.enterprise())) {
                    return false;
                }
                Assessment assessment = assess(c, schedule, ApplicationInput.withoutFields(title.enterprise(), title.grantDate()));
                List<String> flags = DuplicateCheck.flags(c, title.enterprise(), schedule.id(), schedule.purposes(), null);
                long id = ApplicationTable.insert(c, schedule.id(), schedule.region(), schedule.purposes(), assessment, Set.of(), flags,
                        Application.Status.DRAFT, Actor.SYSTEM.userId(), engine.now());
                GrantDraftTable.markTitle(c, id, title.id());
                engine.changed(Actor.SYSTEM, "application", id, schedule.region(), "DRAFTED", AuditJson.object("schedule", schedule.id(),
                        "enterprise", title.enterprise(), "title", title.id(), "tier", title.tier(), "granted", title.grantDate(),
                        "eligible", assessment.eligibility().eligible(),
                        "amount", assessment.award().map(award -> award.amount()).orElse(null),
                        "configuration", assessment.configuration().digest(), "duplicateFlags", flags.size()));
                return true;
            });
        } catch (StoreException e) {
            if (Conflicts.lostRace(e.getCause())) {
                return false; // another node drafted the title meanwhile
            }
            throw e;
        }
    }

    /** As a clerk's application is assessed; a failure that coincides with the schedule stopping means it went away. */
    private Assessment assess(Connection c, ScheduleDefinition schedule, ApplicationInput input) throws SQLException {
        try {
            return schedule.assess(input, registry, AwardTable.priorAwards(c, input.enterprise()));
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw schedules.unavailableIfGone(schedule.id(), e);
        }
    }

    /** The day the engine first saw the schedule drafting on grant, recorded once; of two nodes, the first to record it wins. */
    private LocalDate draftsFrom(String scheduleId) {
        try {
            return engine.transactions().required(c -> {
                Optional<LocalDate> recorded = GrantDraftTable.draftsFrom(c, scheduleId);
                if (recorded.isPresent()) {
                    return recorded.get();
                }
                GrantDraftTable.startDrafting(c, scheduleId, engine.today());
                return engine.today();
            });
        } catch (StoreException e) {
            if (Conflicts.lostRace(e.getCause())) {
                return engine.transactions().required(c -> GrantDraftTable.draftsFrom(c, scheduleId).orElseThrow());
            }
            throw e;
        }
    }
}
