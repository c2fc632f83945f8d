package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.store.api.StoreException;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.Payout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a batch chunk by chunk, each chunk one transaction holding the batch row's lock: a
 * pending item is judged, then included (payout IN_BATCH) or excluded (payout HELD, or left as it
 * was if it was not ready), and the item's state changes with the payout's. A crash loses at
 * most the open chunk, which rolled back whole, so running the same loop again (resume) carries
 * on where the last commit left off and never takes a payout twice.
 */
final class BatchFilling {

    private static final Logger LOG = LoggerFactory.getLogger(BatchFilling.class);
    private static final int CHUNK_ATTEMPTS = 3;
    private static final long RETRY_PAUSE_MILLIS = 500;

    private final EngineContext engine;
    private final CertificationRegistry registry;
    private final int chunkSize;

    BatchFilling(EngineContext engine, CertificationRegistry registry, int chunkSize) {
        this.engine = engine;
        this.registry = registry;
        this.chunkSize = chunkSize;
    }

    void run(Actor actor, long batchId) {
        boolean more = true;
        while (more) {
            more = chunkWithRetries(actor, batchId);
        }
    }

    /**
     * One chunk; a chunk that lost to the database (a lock timeout, a deadlock, a serialization
     * failure) rolled back whole, so it is taken again on what is committed now, after a pause,
     * up to {@value #CHUNK_ATTEMPTS} times; a batch that stops after that stays PREPARING, every
     * chunk before committed, until someone resumes it. (What does not pass on retry: an H2 file a
     * {@code kill -9} left with an index entry missing, ADR 0013.)
     */
    private boolean chunkWithRetries(Actor actor, long batchId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return engine.transactions().required(c -> chunk(c, actor, batchId));
            } catch (StoreException lost) {
                if (attempt == CHUNK_ATTEMPTS || !Conflicts.lostRace(lost.getCause())) {
                    throw lost;
                }
                LOG.warn("A chunk of batch {} lost to the database (attempt {} of {}); taking it again: {}", batchId, attempt,
                        CHUNK_ATTEMPTS, lost.getCause().toString());
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS * attempt);
        } catch (InterruptedException e) {
            // the bundle is stopping: the batch stays PREPARING and resumes on the next start
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Filling batch interrupted", e);
        }
    }

    /** Fills on every batch left PREPARING, one after the other. */
    void resumeInterrupted() {
        for (long batchId : engine.transactions().required(BatchTable::preparing)) {
            run(Actor.SYSTEM, batchId);
        }
    }

    private boolean chunk(Connection c, Actor actor, long batchId) throws SQLException {
        Optional<DisbursementBatch.Status> status = BatchTable.lock(c, batchId);
        if (status.isEmpty() || status.get() != DisbursementBatch.Status.PREPARING) {
            return false;
        }
        List<PendingItems.Item> pending = PendingItems.next(c, batchId, chunkSize);
        if (pending.isEmpty()) {
            finish(c, actor, batchId);
            return false;
        }
        new Chunk(batchId, pending).take(c, actor, engine.today());
        return true;
    }

    private record Held(long id, RegionCode region, String reason) {
    }

    /**
     * One chunk's payouts judged together: their payouts, awards and payee accounts read with one
     * query ({@link PendingItems}), the moves and item changes written as JDBC batches, then the
     * audit entries of the payouts held — what judging them one by one wrote, with a few
     * statements per chunk instead of several per payout.
     */
    private final class Chunk {

        private final long batchId;
        private final List<PendingItems.Item> pending;
        private final List<PayoutTable.Move> moves = new ArrayList<>();
        private final List<BatchTable.Inclusion> inclusions = new ArrayList<>();
        private final List<BatchTable.Exclusion> exclusions = new ArrayList<>();
        private final List<Held> held = new ArrayList<>();

        Chunk(long batchId, List<PendingItems.Item> pending) {
            this.batchId = batchId;
            this.pending = pending;
        }

        void take(Connection c, Actor actor, LocalDate paymentDay) throws SQLException {
            for (PendingItems.Item item : pending) {
                if (item.payout() == null) {
                    throw new IllegalStateException("Batch " + batchId + " names payout " + item.payoutId() + ", which does not exist");
                }
                judge(item, paymentDay);
            }
            PayoutTable.moveAll(c, moves);
            BatchTable.include(c, batchId, inclusions);
            BatchTable.exclude(c, batchId, exclusions);
            for (Held payout : held) {
                engine.changed(actor, "payout", payout.id(), payout.region(), "HELD", AuditJson.object("batch", batchId,
                        "reason", payout.reason()));
            }
        }

        private void judge(PendingItems.Item item, LocalDate paymentDay) {
            PayoutTable.Stored stored = item.payout();
            Payout payout = stored.payout();
            if (payout.status() != Payout.Status.READY) {
                exclusions.add(new BatchTable.Exclusion(payout.id(), "Not ready for payment: " + payout.status()));
                return;
            }
            PaymentEligibility.Judgement judgement = PaymentEligibility.judge(registry, item.award(), paymentDay, item.account());
            if (judgement.holdReason() != null) {
                moves.add(new PayoutTable.Move(payout.id(), payout.version(), Payout.Status.HELD, judgement.holdReason(),
                        judgement.holdReasonZh(), null));
                exclusions.add(new BatchTable.Exclusion(payout.id(), judgement.holdReason()));
                held.add(new Held(payout.id(), stored.region(), judgement.holdReason()));
                return;
            }
            moves.add(new PayoutTable.Move(payout.id(), payout.version(), Payout.Status.IN_BATCH, null, batchId));
            inclusions.add(new BatchTable.Inclusion(payout.id(), payout.amount(), judgement.account()));
        }
    }

    /** One audit entry for the whole batch, with its counts and total (DESIGN.md "Audit and events"). */
    private void finish(Connection c, Actor actor, long batchId) throws SQLException {
        BatchTable.setStatus(c, batchId, DisbursementBatch.Status.READY);
        BatchTable.Stored batch = BatchTable.find(c, batchId).orElseThrow();
        engine.audit().record(AuditEvent.of(actor, "batch.ready", "batch", Long.toString(batchId))
                .withRegion(batch.region().code()).withChange(null, AuditJson.object("payouts", batch.batch().payouts(),
                        "processed", batch.batch().processed(), "total", batch.batch().total())));
        engine.events().publish("batch/READY", Map.of("id", batchId, "region", batch.region().code()));
    }
}
