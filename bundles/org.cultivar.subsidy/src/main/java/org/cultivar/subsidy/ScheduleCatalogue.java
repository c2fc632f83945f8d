package org.cultivar.subsidy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.process.ScheduleUnavailableException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The schedules whose bundles are running, tracked as they come and go. A schedule that goes
 * away makes every call that needs its rules fail with {@link ScheduleUnavailableException};
 * what was stored under it stays readable.
 */
@Component(service = ScheduleCatalogue.class)
public class ScheduleCatalogue {

    private final Map<SubsidySchedule, String> idsBySchedule = new ConcurrentHashMap<>();
    private final Map<String, SubsidySchedule> schedulesById = new ConcurrentHashMap<>();

    @Reference(name = "schedules", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeSchedule")
    void addSchedule(SubsidySchedule schedule) {
        String id = schedule.definition().id();
        idsBySchedule.put(schedule, id);
        schedulesById.put(id, schedule);
    }

    void removeSchedule(SubsidySchedule schedule) {
        String id = idsBySchedule.remove(schedule);
        if (id != null) {
            schedulesById.remove(id, schedule);
        }
    }

    /** The ids of the schedules running now. */
    java.util.Set<String> runningIds() {
        return java.util.Set.copyOf(schedulesById.keySet());
    }

    /**
     * The schedule's definition in force now.
     *
     * @throws ScheduleUnavailableException if its bundle is not running, or stopped while asked
     */
    ScheduleDefinition definition(String scheduleId) {
        SubsidySchedule schedule = schedulesById.get(scheduleId);
        if (schedule == null) {
            throw new ScheduleUnavailableException(scheduleId);
        }
        try {
            return schedule.definition();
        } catch (RuntimeException e) {
            throw unavailableIfGone(scheduleId, e);
        }
    }

    /**
     * What a failure inside a schedule's code means: if the schedule went away meanwhile, its
     * bundle stopped mid-call and the caller gets the clear answer; otherwise the failure stands.
     */
    RuntimeException unavailableIfGone(String scheduleId, RuntimeException failure) {
        if (failure instanceof ScheduleUnavailableException || schedulesById.containsKey(scheduleId)) {
            return failure;
        }
        ScheduleUnavailableException unavailable = new ScheduleUnavailableException(scheduleId);
        unavailable.addSuppressed(failure);
        return unavailable;
    }
}
