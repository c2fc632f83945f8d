package org.cultivar.subsidy;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.process.ScheduleUnavailableException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The running schedules with the Configuration Admin pid they are configured by, which Declarative
 * Services publishes as the service's {@code service.pid}: what a dated change is applied to.
 */
@Component(service = ConfiguredSchedules.class)
public class ConfiguredSchedules {

    /** A running schedule and its configuration pid. */
    record Configured(SubsidySchedule schedule, String pid) {
    }

    private final Map<SubsidySchedule, String> idsBySchedule = new ConcurrentHashMap<>();
    private final Map<String, Configured> byId = new ConcurrentHashMap<>();

    @Reference(name = "schedules", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeSchedule")
    void addSchedule(SubsidySchedule schedule, Map<String, Object> properties) {
        pidOf(properties).ifPresent(pid -> {
            String id = schedule.definition().id();
            idsBySchedule.put(schedule, id);
            byId.put(id, new Configured(schedule, pid));
        });
    }

    /** The pid of a schedule service's configuration; none if it is not configured through Configuration Admin. */
    static Optional<String> pidOf(Map<String, Object> serviceProperties) {
        Object pid = serviceProperties.get("service.pid");
        return Optional.ofNullable(pid instanceof String[] pids ? (pids.length == 0 ? null : pids[0]) : pid == null ? null : pid.toString());
    }

    void removeSchedule(SubsidySchedule schedule) {
        String id = idsBySchedule.remove(schedule);
        if (id != null) {
            byId.computeIfPresent(id, (key, configured) -> configured.schedule() == schedule ? null : configured);
        }
    }

    /** Whether a running schedule is configured by the pid. */
    boolean configuresAny(String pid) {
        return byId.values().stream().anyMatch(configured -> configured.pid().equals(pid));
    }

    Optional<Configured> find(String scheduleId) {
        return Optional.ofNullable(byId.get(scheduleId));
    }

    /** @throws ScheduleUnavailableException if the schedule's bundle is not running */
    Configured require(String scheduleId) {
        return find(scheduleId).orElseThrow(() -> new ScheduleUnavailableException(scheduleId));
    }
}
