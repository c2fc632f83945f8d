package org.cultivar.subsidy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.platform.Configurations;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's daily work, as the registry's lifecycle sweep does its own: applies dated schedule
 * changes whose day has come and queues planned tranches whose fiscal year has begun
 * ({@link TrancheRelease}), when the component starts and then shortly after every midnight in
 * Shanghai. A schedule
 * whose bundle starts (after a restart, or installed later than its changes) is brought up to the
 * database's record at once.
 */
// no service: an immediate component, so the schedule starts with the bundle
@Component(service = {}, immediate = true)
public class ScheduleChangeSweep {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleChangeSweep.class);

    /** A few minutes past midnight, so that "today" has clearly begun on every node. */
    private static final Duration AFTER_MIDNIGHT = Duration.ofMinutes(5);

    private final ScheduleChangeApplication application;
    private final TrancheRelease tranches;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "subsidy-schedule-changes");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public ScheduleChangeSweep(@Reference Transactions transactions, @Reference AuditTrail auditTrail, @Reference SubsidyEvents events,
                               @Reference ConfiguredSchedules schedules, @Reference Configurations configurations,
                               @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.subsidy)") Schema schema) {
        Clock clock = Clock.systemUTC();
        EngineContext engine = new EngineContext(transactions, auditTrail, events, clock);
        application = new ScheduleChangeApplication(engine, schedules, configurations);
        tranches = new TrancheRelease(engine);
        scheduler.execute(this::applyDue);
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(BusinessDay.ZONE));
        Duration untilFirst = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(BusinessDay.ZONE).plus(AFTER_MIDNIGHT));
        scheduler.scheduleAtFixedRate(this::applyDue, untilFirst.toMinutes(), Duration.ofDays(1).toMinutes(), TimeUnit.MINUTES);
    }

    /** Bound after the constructor ran, so the scheduler is there; the work runs on it, never in the framework's thread. */
    @Reference(name = "runningSchedules", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "scheduleLeft")
    void scheduleArrived(SubsidySchedule schedule, Map<String, Object> properties) {
        ConfiguredSchedules.pidOf(properties).ifPresent(pid -> scheduler.execute(() -> {
            String scheduleId = schedule.definition().id();
            try {
                application.apply(scheduleId, pid);
            } catch (RuntimeException e) {
                LOG.error("Schedule {} could not be brought up to its dated configuration changes; the next run tries again", scheduleId, e);
            }
        }));
    }

    void scheduleLeft(SubsidySchedule schedule) {
        // nothing to undo: its changes stay recorded and apply when it runs again
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    /** A failed run is logged and retried the next day; an exception would end the schedule. */
    private void applyDue() {
        logged(application::applyDue, "Applied {} dated schedule configuration change(s)",
                "Dated schedule configuration changes could not be applied; they run again tomorrow");
        logged(tranches::releaseDue, "Queued {} planned tranche(s) whose fiscal year has begun",
                "Planned tranches could not be queued; they are tried again tomorrow");
    }

    private static void logged(java.util.function.IntSupplier work, String done, String failed) {
        try {
            int count = work.getAsInt();
            if (count > 0) {
                LOG.info(done, count);
            }
        } catch (RuntimeException e) {
            LOG.error(failed, e);
        }
    }
}
