package org.cultivar.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CriteriaEvaluator;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RegistryBatchWriter;
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
 * The bulk path for imports and demo seeding, in the caller's transaction. Rows go in chunks:
 * one query finds a chunk's enterprises, two more their figures and titles, and the changes go
 * out as JDBC batches, so a million rows take one pass and no per-row query. Titles are stored
 * already at their status of today (with the steps that led there) and name the operation. No
 * audit entries here: the importer records one for the whole operation (DESIGN.md). A large
 * import into an empty registry may run as a first load (ADR 0010, {@link FirstLoad}).
 */
@Component(service = RegistryBatchWriter.class, configurationPid = RegistryConfiguration.PID)
public class RegistryBatchWriterService implements RegistryBatchWriter {

    static final int CHUNK = 1_000;
    static final int OPERATION_LENGTH = 100;
    /** Problems reported when a write is refused; the preview lists them all. */
    static final int PROBLEMS_SHOWN = 50;
    private static final Logger LOG = LoggerFactory.getLogger(RegistryBatchWriterService.class);

    private final Transactions transactions;
    private final EnterpriseRefresh refresh;
    private final Clock clock;
    private volatile RegistrySettings settings;
    private ExecutorService finisher;

    @Activate
    public RegistryBatchWriterService(@Reference Transactions transactions, @Reference CriteriaEvaluator evaluator,
                                      @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.registry)") Schema schema,
                                      RegistryConfiguration configuration) {
        this(transactions, evaluator, Clock.systemUTC(), RegistrySettings.from(configuration));
        // a first load the process stopped in the middle of is finished in the background
        finisher = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "registry-first-load-finisher");
            thread.setDaemon(true);
            return thread;
        });
        finisher.execute(this::finishInterruptedFirstLoad);
    }

    @Deactivate
    void stop() {
        finisher.shutdownNow();
    }

    RegistryBatchWriterService(Transactions transactions, CriteriaEvaluator evaluator, Clock clock,
                               RegistrySettings settings) {
        this.transactions = transactions;
        this.refresh = new EnterpriseRefresh(evaluator);
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * A changed configuration is taken in place: restarting the component instead would stop an
     * import under way, and every component that depends on it.
     */
    @Modified
    void modified(RegistryConfiguration configuration) {
        settings = RegistrySettings.from(configuration);
    }

    @Override
    public List<Comparison> compare(Actor actor, List<ImportRow> rows) {
        Authority.requireBatchWriter(actor);
        LocalDate today = BusinessDay.today(clock);
        RegistrySettings current = settings;
        return transactions.required(c -> {
            List<Comparison> comparisons = new ArrayList<>(rows.size());
            Map<String, Long> seen = new HashMap<>();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                comparisons.addAll(BatchChunk.compare(c, actor, checked(actor, rows, from, today, current), seen).comparisons());
            }
            return comparisons;
        });
    }

    @Override
    public boolean beginFirstLoad(Actor actor) {
        Authority.requireBatchWriter(actor);
        requireOutsideTransaction();
        if (!transactions.required(c -> FirstLoad.mark(c, actor.userId(), clock.instant()))) {
            return false;
        }
        transactions.required(c -> {
            FirstLoad.setIndexesAside(c);
            return null;
        });
        LOG.info("Registry first load begun by {}: search indexes set aside until it ends", actor.userId());
        return true;
    }

    @Override
    public void finishFirstLoad(Actor actor) {
        Authority.requireBatchWriter(actor);
        requireOutsideTransaction();
        finish();
    }

    /** H2 commits index changes at once: inside a caller's transaction they would commit its work half-way. */
    private void requireOutsideTransaction() {
        if (transactions.active()) {
            throw new IllegalStateException("A first load begins and ends outside any transaction");
        }
    }

    /** What a start finds of a first load that never ended; housekeeping, so no actor. */
    void finishInterruptedFirstLoad() {
        try {
            if (transactions.required(FirstLoad::underWay)) {
                LOG.warn("Registry first load found unfinished (the process stopped during it): rebuilding its indexes");
                finish();
            }
        } catch (RuntimeException e) {
            LOG.error("Registry first load could not be finished; it is tried again at the next start", e);
        }
    }

    /** One at a time: a finish the start began and one an import asks for meanwhile would clear each other's postings. */
    private synchronized void finish() {
        if (!transactions.required(FirstLoad::underWay)) {
            return;
        }
        long started = System.nanoTime();
        transactions.required(c -> {
            FirstLoad.restoreIndexes(c);
            return null;
        });
        long postings = NamePostingRebuild.rebuild(transactions);
        transactions.required(c -> {
            FirstLoad.refreshStatistics(c);
            FirstLoad.unmark(c);
            return null;
        });
        LOG.info("Registry first load ended: indexes built and {} name postings stored in {} s", postings,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Refuses the whole write if any row is invalid: the caller's transaction then stores nothing. */
    @Override
    public Counts write(Actor actor, String operation, List<ImportRow> rows) {
        Authority.requireBatchWriter(actor);
        Problems problems = new Problems();
        String checkedOperation = problems.text("operation", "操作名称", "Operation", operation, OPERATION_LENGTH, true);
        problems.throwIfAny();
        LocalDate today = BusinessDay.today(clock);
        Instant now = clock.instant();
        RegistrySettings current = settings; // one part, one configuration
        return transactions.required(c -> {
            Counts counts = new Counts(0, 0, 0, 0, 0);
            Map<String, Long> seen = new HashMap<>();
            // during a first load the name index is built at its end, from all names at once
            CommonGrams commonGrams = FirstLoad.underWay(c) ? null : CommonGrams.read(c);
            for (int from = 0; from < rows.size(); from += CHUNK) {
                BatchChunk chunk = BatchChunk.compare(c, actor, checked(actor, rows, from, today, current), seen);
                List<FieldProblem> refused = chunk.problems();
                if (!refused.isEmpty()) {
                    throw new InvalidInputException(refused.subList(0, Math.min(PROBLEMS_SHOWN, refused.size())));
                }
                counts = counts.plus(chunk.write(c, actor, checkedOperation, refresh, current, commonGrams, today, now));
            }
            return counts;
        });
    }

    private List<BatchRow> checked(Actor actor, List<ImportRow> rows, int from, LocalDate today, RegistrySettings current) {
        return rows.subList(from, Math.min(rows.size(), from + CHUNK)).stream()
                .map(row -> BatchRow.check(actor, row, today, current)).toList();
    }
}
