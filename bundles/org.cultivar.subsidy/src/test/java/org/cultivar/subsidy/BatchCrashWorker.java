package org.cultivar.subsidy;

import static org.cultivar.subsidy.EngineFixture.GZ_CLERK;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cultivar.subsidy.api.process.ConfirmationPreview;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.PaymentFile;
import org.cultivar.subsidy.api.process.Payout;

/**
 * The process {@link BatchCrashTest} kills: it starts the engine over the database as a
 * restarted Cultivar would (interrupted batches resume on start), then does a clerk's work on the
 * batch of every ready payout until it is confirmed: create it, produce its payment file, let the
 * {@link FileBank} execute it and apply the bank's confirmation. Started again, it carries on from
 * whatever state it finds. It announces each phase on stdout, so the test can aim its kills.
 *
 * <p>Arguments: the database's JDBC URL, the bank's journal folder, the number of firms.
 */
public final class BatchCrashWorker {

    /** The phases in the order a full run goes through them. */
    enum Phase {
        STARTED, FILLING, PAYING, CONFIRMING, DONE
    }

    static final String PREFIX = "crash-worker ";
    static final String REQUEST_KEY = "crash-test-batch";

    private static final long START = System.nanoTime();

    private final CrashEngine engine;
    private final FileBank bank;

    private BatchCrashWorker(CrashEngine engine, FileBank bank) {
        this.engine = engine;
        this.bank = bank;
    }

    public static void main(String[] args) {
        announce(Phase.STARTED);
        try (CrashEngine engine = new CrashEngine(args[0], new CrashPopulation(Integer.parseInt(args[2])))) {
            reportProgress(engine);
            new BatchCrashWorker(engine, new FileBank(Path.of(args[1]))).run();
        }
        announce(Phase.DONE);
    }

    /** The same work in the calling process, for tests of what a finished run leaves. */
    static void runToCompletion(CrashEngine engine, FileBank bank) {
        new BatchCrashWorker(engine, bank).run();
    }

    private void run() {
        announce(Phase.FILLING);
        // what the component does when it is activated after a crash
        engine.batches.resumeInterrupted();
        DisbursementBatch batch = theBatch().orElseGet(this::createBatch);
        while (batch.status() != DisbursementBatch.Status.CONFIRMED) {
            if (batch.status() == DisbursementBatch.Status.PREPARING) {
                engine.batches.resume(GZ_CLERK, batch.id());
            } else {
                payAndConfirm(batch);
            }
            batch = theBatch().orElseThrow();
        }
    }

    private Optional<DisbursementBatch> theBatch() {
        return engine.batches.batches(GZ_CLERK, 0, 10).stream()
                .filter(batch -> batch.scheduleId().equals(CrashPopulation.SCHEDULE)).findFirst();
    }

    /** Every ready payout of the schedule, as a clerk selects them from the worklist. */
    private DisbursementBatch createBatch() {
        List<Long> ready = new ArrayList<>();
        List<Payout> page;
        do {
            page = engine.payouts.worklist(GZ_CLERK, Payout.Status.READY, ready.size(), 500);
            page.stream().map(Payout::id).forEach(ready::add);
        } while (page.size() == 500);
        return engine.batches.create(GZ_CLERK, CrashPopulation.SCHEDULE, ready, REQUEST_KEY);
    }

    /** A SENT batch's file is produced again (the same bytes) since the last run may have died before the bank had it. */
    private void payAndConfirm(DisbursementBatch batch) {
        announce(Phase.PAYING);
        PaymentFile file = engine.batches.paymentFile(GZ_CLERK, batch.id(), PaymentFile.Format.CSV);
        byte[] confirmation = bank.execute(file);
        announce(Phase.CONFIRMING);
        ConfirmationPreview preview = engine.batches.previewConfirmation(GZ_CLERK, "confirmation-" + batch.id() + ".txt",
                new ByteArrayInputStream(confirmation));
        if (!preview.problems().isEmpty()) {
            throw new IllegalStateException("The bank's confirmation does not match the batch: " + preview.problems());
        }
        engine.batches.applyConfirmation(GZ_CLERK, preview.previewId());
    }

    /** Progress lines in the test's log show where each kill landed. */
    private static void reportProgress(CrashEngine engine) {
        Thread reporter = new Thread(() -> {
            try {
                while (true) {
                    engine.batches.batches(GZ_CLERK, 0, 10).forEach(batch -> System.out.println(PREFIX + "progress " + batch.status()
                            + " " + batch.processed() + "/" + batch.payouts() + " at " + elapsed() + " ms"));
                    Thread.sleep(50); // often enough to aim a kill between two chunks on a fast database
                }
            } catch (InterruptedException | RuntimeException e) {
                // the pool closes at the end of the run; progress is only for the log
            }
        }, "crash-progress");
        reporter.setDaemon(true);
        reporter.start();
    }

    private static void announce(Phase phase) {
        System.out.println(PREFIX + "phase " + phase + " at " + elapsed() + " ms");
    }

    private static long elapsed() {
        return (System.nanoTime() - START) / 1_000_000;
    }
}
