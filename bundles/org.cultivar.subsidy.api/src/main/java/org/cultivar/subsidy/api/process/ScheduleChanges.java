package org.cultivar.subsidy.api.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.security.Actor;

/**
 * Effective-dated configuration of schedules (DESIGN.md "Time"): officials of a schedule's region
 * change its parameters from a day on, today or later, with a reason; the engine stores and audits
 * each change and puts it into the running configuration when its day comes. Awards keep the
 * parameters they were computed with, so no change rewrites one.
 */
public interface ScheduleChanges {

    /**
     * The schedule's configuration form (from its Metatype) with the values in force now; readers
     * of the schedule's region (officials, auditors, clerks) may look.
     *
     * @throws ScheduleUnavailableException if the schedule's bundle is not running
     */
    ConfigurableComponent configuration(Actor actor, String scheduleId);

    /**
     * Stores a change of the given parameters (configuration text by Metatype attribute id;
     * parameters left out keep their value), effective from the day. A change effective today is
     * put in force at once.
     *
     * @throws org.cultivar.core.api.security.AccessDeniedException unless an official of the schedule's region
     * @throws org.cultivar.core.api.platform.ConfigurationValidationException naming each value Metatype refuses
     * @throws org.cultivar.registry.api.InvalidInputException for a day in the past, a missing reason, a change
     *                                                          that changes nothing, or a configuration the
     *                                                          schedule itself refuses (with its reason)
     * @throws ScheduleUnavailableException if the schedule's bundle is not running
     */
    ScheduleChange propose(Actor actor, String scheduleId, LocalDate effectiveOn, Map<String, String> values, String reason);

    /**
     * Withdraws a change that is not in force yet, with a reason; it stays in the history as
     * cancelled. Stored and audited in one transaction.
     *
     * @throws org.cultivar.core.api.security.AccessDeniedException unless an official of the change's region
     * @throws org.cultivar.registry.api.InvalidInputException for a missing reason, an unknown change, a change
     *                                                          already in force or cancelled, or one that a later
     *                                                          waiting change needs (that one is named: cancel it first)
     * @throws ConflictException if the change was applied or cancelled meanwhile
     */
    ScheduleChange cancel(Actor actor, long changeId, String reason);

    /** Every change of the schedule, the latest effective first; readers of its region. */
    List<ScheduleChange> history(Actor actor, String scheduleId);
}
