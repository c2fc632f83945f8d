package org.cultivar.reports;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The running schedules' names, legal basis and region, for the documents that print them.
 * Payouts and awards carry only a schedule id; a schedule whose bundle stopped still has its
 * payouts printed, with the id in place of the name and the legal basis left blank.
 */
@Component(service = Schedules.class)
public class Schedules {

    private final Map<String, SubsidySchedule> byId = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSchedule(SubsidySchedule schedule) {
        byId.put(schedule.definition().id(), schedule);
    }

    void removeSchedule(SubsidySchedule schedule) {
        byId.values().remove(schedule);
    }

    Optional<ScheduleDefinition> definition(String scheduleId) {
        return Optional.ofNullable(byId.get(scheduleId)).map(SubsidySchedule::definition);
    }

    /** The Chinese name, or the id when the schedule is not running. */
    String name(String scheduleId) {
        return definition(scheduleId).map(d -> d.name().zh()).orElse(scheduleId);
    }
}
