package org.cultivar.registry.importer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.ReevaluationWorklist;
import org.cultivar.registry.api.RegistryBatchWriter;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.RegistryBatchWriter.Change;
import org.cultivar.registry.api.RegistryBatchWriter.Counts;
import org.cultivar.store.api.Transactions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo registry ({@link SyntheticRegistry#demo()}) when the framework property
 * {@value #DEMO_PROPERTY} is {@code true}; never otherwise. Seeding runs once: a registry that
 * already holds the demo rows is left as it is. Everything is written by the system actor under
 * {@link RegistryBatchWriter#DEMO_OPERATION}, so the rows show as demo data, in one transaction
 * with one audit entry. It runs in the background so that the framework starts without waiting.
 */
@Component(immediate = true, service = {})
public final class DemoRegistrySeeder {

    static final String DEMO_PROPERTY = "cultivar.demo";
    static final String AUDIT_ACTION = "registry.demo-seeded";

    private static final Logger LOG = LoggerFactory.getLogger(DemoRegistrySeeder.class);

    private final RegistryBatchWriter writer;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final DemoDecisions decisions;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "cultivar-demo-registry");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public DemoRegistrySeeder(@Reference RegistryBatchWriter writer, @Reference Transactions transactions,
                              @Reference AuditTrail audit, @Reference ReevaluationWorklist worklist,
                              @Reference RegistryEditor editor, BundleContext context) {
        this(writer, transactions, audit, new DemoDecisions(worklist, editor));
        String demo = context.getProperty(DEMO_PROPERTY);
        if (demo != null && demo.strip().equalsIgnoreCase("true")) {
            executor.execute(this::seedDemo);
        }
    }

    DemoRegistrySeeder(RegistryBatchWriter writer, Transactions transactions, AuditTrail audit,
                       DemoDecisions decisions) {
        this.writer = writer;
        this.transactions = transactions;
        this.audit = audit;
        this.decisions = decisions;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void seedDemo() {
        try {
            long started = System.nanoTime();
            SyntheticRegistry registry = SyntheticRegistry.demo();
            if (seed(registry)) {
                LOG.info("Seeded the demo registry: {} enterprises in {} ms", registry.count(),
                        (System.nanoTime() - started) / 1_000_000);
            } else {
                LOG.info("The demo registry is already seeded");
            }
        } catch (RuntimeException e) {
            LOG.error("Seeding the demo registry failed; nothing was stored", e);
        }
    }

    /**
     * Writes the registry's batch lists, year by year, unless the registry already holds them.
     *
     * @return whether anything was written
     */
    boolean seed(SyntheticRegistry registry) {
        return transactions.required(connection -> {
            if (alreadySeeded(registry)) {
                return false;
            }
            Counts counts = new Counts(0, 0, 0, 0, 0);
            for (int year : SyntheticRegistry.FISCAL_YEARS) {
                Iterator<ImportRow> rows = registry.rows(year).iterator();
                while (rows.hasNext()) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IllegalStateException("stopped while seeding the demo registry");
                    }
                    counts = counts.plus(writer.write(Actor.SYSTEM, RegistryBatchWriter.DEMO_OPERATION, chunk(rows)));
                }
            }
            audit.record(AuditEvent.of(Actor.SYSTEM, AUDIT_ACTION, "registry", RegistryBatchWriter.DEMO_OPERATION)
                    .withChange(null, AuditJson.object("enterprises", registry.count(), "fiscalYears",
                            SyntheticRegistry.FISCAL_YEARS.toString(), "created", counts.enterprisesCreated(),
                            "figures", counts.figuresRecorded(), "titles", counts.titlesGranted())));
            if (decisions != null) {
                decisions.decide(); // each decision audits itself
            }
            return true;
        });
    }

    /** The latest year's first chunk shows whether a previous start wrote the demo (it commits whole or not at all). */
    private boolean alreadySeeded(SyntheticRegistry registry) {
        Iterator<ImportRow> latest = registry.rows(SyntheticRegistry.FISCAL_YEARS.get(SyntheticRegistry.FISCAL_YEARS.size() - 1))
                .iterator();
        List<ImportRow> first = chunk(latest);
        return !first.isEmpty() && writer.compare(Actor.SYSTEM, first).stream()
                .allMatch(comparison -> comparison.valid() && comparison.change() == Change.UNCHANGED);
    }

    private static List<ImportRow> chunk(Iterator<ImportRow> rows) {
        List<ImportRow> chunk = new ArrayList<>(BatchListChecker.CHUNK);
        while (rows.hasNext() && chunk.size() < BatchListChecker.CHUNK) {
            chunk.add(rows.next());
        }
        return chunk;
    }
}
