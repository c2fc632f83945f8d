package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;

import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.ConfirmationPreview;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.Payout;

/**
 * The bank's word applied, in one transaction with the file's digest: paid moves the commitment
 * to disbursed; failed or returned puts the payout where a clerk can requeue it, its budget still
 * committed; a return after payment moves the money back from disbursed to committed.
 */
final class ConfirmationApplication {

    private ConfirmationApplication() {
    }

    static void apply(Connection c, EngineContext engine, Actor actor, long batchId, ConfirmationPreview.Line line)
            throws SQLException {
        PayoutTable.Stored stored = PayoutTable.find(c, line.payoutId()).orElseThrow();
        Payout payout = stored.payout();
        String reference = "payout:" + payout.id();
        switch (line.outcome()) {
            case PAID -> {
                if (payout.status() != Payout.Status.SENT) {
                    return;
                }
                PayoutTable.move(c, payout.id(), payout.version(), Payout.Status.PAID, null, batchId);
                Ledger.post(c, actor, engine.now(), Ledger.Kind.DISBURSEMENT, reference, payout.scheduleId(), payout.fiscalYear(),
                        Account.DISBURSED, Account.COMMITTED, payout.amount());
                completeAwardIfDone(c, payout.awardId());
            }
            case FAILED, RETURNED -> {
                if (payout.status() != Payout.Status.SENT && payout.status() != Payout.Status.PAID) {
                    return;
                }
                if (payout.status() == Payout.Status.PAID) {
                    Ledger.post(c, actor, engine.now(), Ledger.Kind.RETURN_AFTER_PAYMENT, reference, payout.scheduleId(),
                            payout.fiscalYear(), Account.COMMITTED, Account.DISBURSED, payout.amount());
                    AwardTable.setStatus(c, payout.awardId(), Award.Status.ACTIVE);
                }
                Payout.Status to = line.outcome() == ConfirmationPreview.Outcome.FAILED ? Payout.Status.FAILED : Payout.Status.RETURNED;
                PayoutTable.move(c, payout.id(), payout.version(), to, line.reason() == null ? "The bank reported " + to : line.reason(),
                        batchId);
            }
        }
        engine.changed(actor, "payout", payout.id(), stored.region(), line.outcome().name(), AuditJson.object("batch", batchId,
                "amount", payout.amount(), "reason", line.reason()));
    }

    /** Confirmed once no payout of the batch waits for the bank any more. */
    static void confirmBatchIfDone(Connection c, long batchId) throws SQLException {
        if (Jdbc.count(c, "SELECT COUNT(*) FROM subsidy_payout WHERE batch_id = ? AND status IN ('IN_BATCH', 'SENT')", batchId) == 0) {
            BatchTable.setStatus(c, batchId, DisbursementBatch.Status.CONFIRMED);
        }
    }

    private static void completeAwardIfDone(Connection c, long awardId) throws SQLException {
        Jdbc.update(c, "UPDATE subsidy_award SET status = ?, version = version + 1 WHERE id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM subsidy_payout WHERE award_id = ? AND status NOT IN ('PAID', 'CANCELLED'))",
                Award.Status.COMPLETED, awardId, awardId);
    }
}
