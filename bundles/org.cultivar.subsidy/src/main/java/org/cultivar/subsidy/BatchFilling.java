package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.Payout;

/**
 * Fills a batch chunk by chunk, each chunk one transaction holding the batch row's lock: a
 * pending item is judged, then included (payout IN_BATCH) or excluded (payout HELD, or left as it
 * was if it was not ready), and the item's state changes with the payout's. A crash loses at
 * most the open chunk, which rolled back whole, so running the same loop again (resume) carries
 * on where the last commit left off and never takes a payout twice.
 */
final class BatchFilling {

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
            more = engine.transactions().required(c -> chunk(c, actor, batchId));
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
        List<Long> pending = BatchTable.pending(c, batchId, chunkSize);
        if (pending.isEmpty()) {
            finish(c, actor, batchId);
            return false;
        }
        LocalDate paymentDay = engine.today();
        for (long payoutId : pending) {
            take(c, actor, batchId, payoutId, paymentDay);
        }
        return true;
    }

    private void take(Connection c, Actor actor, long batchId, long payoutId, LocalDate paymentDay) throws SQLException {
        PayoutTable.Stored stored = PayoutTable.find(c, payoutId).orElseThrow();
        Payout payout = stored.payout();
        if (payout.status() != Payout.Status.READY) {
            BatchTable.exclude(c, batchId, payoutId, "Not ready for payment: " + payout.status());
            return;
        }
        AwardTable.Stored award = AwardTable.find(c, payout.awardId()).orElseThrow();
        PaymentEligibility.Judgement judgement = PaymentEligibility.judge(c, registry, award, paymentDay);
        if (judgement.holdReason() != null) {
            PayoutTable.move(c, payoutId, payout.version(), Payout.Status.HELD, judgement.holdReason(), null);
            BatchTable.exclude(c, batchId, payoutId, judgement.holdReason());
            engine.changed(actor, "payout", payoutId, stored.region(), "HELD", AuditJson.object("batch", batchId,
                    "reason", judgement.holdReason()));
            return;
        }
        PayoutTable.move(c, payoutId, payout.version(), Payout.Status.IN_BATCH, null, batchId);
        BatchTable.include(c, batchId, payoutId, payout.amount(), judgement.account());
    }

    /** One audit entry for the whole batch, with its counts and total (DESIGN.md "Audit and events"). */
    private void finish(Connection c, Actor actor, long batchId) throws SQLException {
        BatchTable.setStatus(c, batchId, DisbursementBatch.Status.READY);
        BatchTable.Stored batch = BatchTable.find(c, batchId).orElseThrow();
        engine.audit().record(AuditEvent.of(actor, "batch.ready", "batch", Long.toString(batchId))
                .withRegion(batch.region().code()).withChange(null, AuditJson.object("payouts", batch.batch().payouts(),
                        "processed", batch.batch().processed(), "total", batch.batch().total())));
        engine.events().publish("batch/READY", java.util.Map.of("id", batchId, "region", batch.region().code()));
    }
}
