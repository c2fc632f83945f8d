package org.cultivar.subsidy;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link GrantDrafting} when the component starts, when a schedule starts, and every few
 * minutes, so that a title granted in the registry shows up as a draft within minutes without
 * the registry having to tell anyone (see {@link GrantDrafting} for why a pull).
 */
// no service: an immediate component, so the sweep starts with the bundle
@Component(service = {}, immediate = true)
public class GrantDraftSweep {

    private static final Logger LOG = LoggerFactory.getLogger(GrantDraftSweep.class);

    private static final long EVERY_MINUTES = 5;

    private final GrantDrafting drafting;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "subsidy-grant-drafts");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public GrantDraftSweep(@Reference Transactions transactions, @Reference AuditTrail auditTrail, @Reference SubsidyEvents events,
                           @Reference ScheduleCatalogue schedules, @Reference CertificationRegistry registry,
                           @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.subsidy)") Schema schema) {
        drafting = new GrantDrafting(new EngineContext(transactions, auditTrail, events, Clock.systemUTC()), schedules, registry);
        scheduler.scheduleWithFixedDelay(this::sweep, 0, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    /** Bound after the constructor ran; the sweep runs on the scheduler, never in the framework's thread. */
    @Reference(name = "draftingSchedules", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "scheduleLeft")
    void scheduleArrived(SubsidySchedule schedule) {
        scheduler.execute(this::sweep);
    }

    void scheduleLeft(SubsidySchedule schedule) {
        // nothing to undo: its drafts stay for the clerks
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    /** A failed sweep is logged and the next one looks at the same period again; an exception would end the schedule. */
    private void sweep() {
        try {
            int drafted = drafting.sweep();
            if (drafted > 0) {
                LOG.info("Drafted {} no-application award(s) for titles granted in the registry", drafted);
            }
        } catch (RuntimeException e) {
            LOG.error("No-application awards could not be drafted; the next sweep tries again", e);
        }
    }
}
