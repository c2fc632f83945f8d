package org.cultivar.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.registry.api.CriteriaEvaluator;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic part of the title lifecycle, run by the system actor when the component starts
 * and then shortly after every midnight in Shanghai: granted titles become active, titles near
 * the end of their validity come due for re-evaluation, titles still due after it expire. One
 * audit entry per run carries the counts.
 */
// no service: an immediate component, so the schedule starts with the bundle
@Component(service = {}, immediate = true, configurationPid = RegistryConfiguration.PID)
public class LifecycleSweep {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleSweep.class);

    /** A few minutes past midnight, so that "today" has clearly begun on every node. */
    private static final Duration AFTER_MIDNIGHT = Duration.ofMinutes(5);

    private final Transactions transactions;
    private final AuditTrail audit;
    private final EnterpriseRefresh refresh;
    private final Clock clock;
    private volatile RegistrySettings settings;
    private ScheduledExecutorService scheduler;

    @Activate
    public LifecycleSweep(@Reference Transactions transactions, @Reference AuditTrail auditTrail,
                          @Reference CriteriaEvaluator evaluator,
                          @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.registry)") Schema schema,
                          RegistryConfiguration configuration) {
        this(transactions, auditTrail, evaluator, Clock.systemUTC(), RegistrySettings.from(configuration));
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "registry-lifecycle-sweep");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.execute(this::runLogged);
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(BusinessDay.ZONE));
        Duration untilFirst = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(BusinessDay.ZONE)
                .plus(AFTER_MIDNIGHT));
        scheduler.scheduleAtFixedRate(this::runLogged, untilFirst.toMinutes(), Duration.ofDays(1).toMinutes(), TimeUnit.MINUTES);
    }

    LifecycleSweep(Transactions transactions, AuditTrail auditTrail, CriteriaEvaluator evaluator, Clock clock,
                   RegistrySettings settings) {
        this.transactions = transactions;
        this.audit = auditTrail;
        this.refresh = new EnterpriseRefresh(evaluator);
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * A changed configuration is taken in place: restarting the component instead would stop an
     * import or a decision under way, and every component that depends on it.
     */
    @Modified
    void modified(RegistryConfiguration configuration) {
        settings = RegistrySettings.from(configuration);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    /** A failed run is logged and retried the next day; an exception would end the schedule. */
    private void runLogged() {
        try {
            Map<TitleStatus, Integer> reached = run();
            LOG.info("Title lifecycle sweep: {}", reached);
            int promoted = promoteCommonGrams();
            if (promoted > 0) {
                LOG.info("Name search: {} bigrams now held by more than {} names are no longer indexed", promoted,
                        CommonGrams.LIMIT);
            }
        } catch (RuntimeException e) {
            LOG.error("Title lifecycle sweep failed; it runs again tomorrow", e);
        }
    }

    /**
     * Lists the name bigrams that writers took over the limit together but none alone (see
     * {@link CommonGrams}); housekeeping of the search index, so not audited.
     */
    public int promoteCommonGrams() {
        return transactions.required(CommonGrams::promote);
    }

    /** Brings every title to where it belongs today; how many reached each status. */
    public Map<TitleStatus, Integer> run() {
        LocalDate today = BusinessDay.today(clock);
        return transactions.required(c -> {
            List<TitleTable.Stored> due = TitleTable.list(c, "WHERE (t.status = 'GRANTED' AND t.grant_date <= ?) "
                    + "OR (t.status IN ('ACTIVE', 'RENEWED') AND t.valid_until <= ?) "
                    + "OR (t.status = 'DUE_FOR_REEVALUATION' AND t.valid_until < ?) ORDER BY t.id",
                    java.sql.Date.valueOf(today), java.sql.Date.valueOf(today.plusDays(settings.reevaluationWindowDays())),
                    java.sql.Date.valueOf(today));
            Instant now = clock.instant();
            Map<TitleStatus, Integer> reached = TitleLifecycle.advance(c,
                    due.stream().map(TitleTable.Stored::title).toList(), today, settings.reevaluationWindowDays(), now);
            refresh.refresh(c, due.stream().map(TitleTable.Stored::enterpriseId).distinct().toList(), today);
            audit.record(RegistryAuditEvents.swept(today, reached.getOrDefault(TitleStatus.ACTIVE, 0),
                    reached.getOrDefault(TitleStatus.DUE_FOR_REEVALUATION, 0),
                    reached.getOrDefault(TitleStatus.EXPIRED, 0)));
            return reached;
        });
    }
}
