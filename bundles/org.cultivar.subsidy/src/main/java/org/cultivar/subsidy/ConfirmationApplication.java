package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.ConfirmationPreview;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.Payout;

/**
 * The bank's word applied, in one transaction with the file's digest: paid moves the commitment
 * to disbursed; failed or returned puts the payout where a clerk can requeue it, its budget still
 * committed; a return after payment moves the money back from disbursed to committed.
 *
 * <p>The whole file is judged first against the payouts as matching read them, then written
 * with a few JDBC batches (payout moves, postings, award statuses) instead of several
 * statements per line, and one audit entry per payout that changed is recorded last. Matching
 * refuses a file that names a payout twice, so each payout moves at most once and the order of
 * the lines cannot change the outcome.
 */
final class ConfirmationApplication {

    private final EngineContext engine;
    private final Actor actor;
    private final long batchId;
    private final List<PayoutTable.Move> moves = new ArrayList<>();
    private final List<Ledger.Entry> disbursements = new ArrayList<>();
    private final List<Ledger.Entry> returnsAfterPayment = new ArrayList<>();
    private final Set<Long> awardsPaidTowards = new LinkedHashSet<>();
    private final Set<Long> awardsReopened = new LinkedHashSet<>();
    private final List<Changed> changed = new ArrayList<>();

    /** A payout the file changed, for its audit entry. */
    private record Changed(PayoutTable.Stored payout, ConfirmationPreview.Line line) {
    }

    private ConfirmationApplication(EngineContext engine, Actor actor, long batchId) {
        this.engine = engine;
        this.actor = actor;
        this.batchId = batchId;
    }

    /**
     * Applies every line to the batch's payouts as read by matching in this transaction (a payout
     * changed meanwhile fails its versioned move, and the whole file with it).
     */
    static void applyAll(Connection c, EngineContext engine, Actor actor, long batchId, List<ConfirmationPreview.Line> lines,
                         Map<Long, PayoutTable.Stored> payouts) throws SQLException {
        ConfirmationApplication application = new ConfirmationApplication(engine, actor, batchId);
        for (ConfirmationPreview.Line line : lines) {
            PayoutTable.Stored payout = payouts.get(line.payoutId());
            if (payout == null) {
                throw new IllegalStateException("Line " + line.line() + " names payout " + line.payoutId() + ", not of batch " + batchId);
            }
            application.judge(payout, line);
        }
        application.write(c);
    }

    private void judge(PayoutTable.Stored stored, ConfirmationPreview.Line line) {
        Payout payout = stored.payout();
        Ledger.Entry entry = new Ledger.Entry("payout:" + payout.id(), payout.scheduleId(), payout.fiscalYear(), payout.amount());
        switch (line.outcome()) {
            case PAID -> {
                if (payout.status() != Payout.Status.SENT) {
                    return;
                }
                moves.add(new PayoutTable.Move(payout.id(), payout.version(), Payout.Status.PAID, null, batchId));
                disbursements.add(entry);
                awardsPaidTowards.add(payout.awardId());
            }
            case FAILED, RETURNED -> {
                if (payout.status() != Payout.Status.SENT && payout.status() != Payout.Status.PAID) {
                    return;
                }
                if (payout.status() == Payout.Status.PAID) {
                    returnsAfterPayment.add(entry);
                    awardsReopened.add(payout.awardId());
                }
                Payout.Status to = line.outcome() == ConfirmationPreview.Outcome.FAILED ? Payout.Status.FAILED : Payout.Status.RETURNED;
                // the bank's own text is kept as written; without one, the engine says what the bank reported, in both languages
                moves.add(line.reason() == null
                        ? new PayoutTable.Move(payout.id(), payout.version(), to, "The bank reported " + to,
                                to == Payout.Status.FAILED ? "银行报告转账失败。" : "银行报告款项被退回。", batchId)
                        : new PayoutTable.Move(payout.id(), payout.version(), to, line.reason(), batchId));
            }
        }
        changed.add(new Changed(stored, line));
    }

    /**
     * Awards are reopened before completion is judged, on the payouts' final states: the same
     * statuses as applying the lines one by one gives, whatever their order.
     */
    private void write(Connection c) throws SQLException {
        PayoutTable.moveAll(c, moves);
        Ledger.postAll(c, actor, engine.now(), Ledger.Kind.DISBURSEMENT, Account.DISBURSED, Account.COMMITTED, disbursements);
        Ledger.postAll(c, actor, engine.now(), Ledger.Kind.RETURN_AFTER_PAYMENT, Account.COMMITTED, Account.DISBURSED,
                returnsAfterPayment);
        AwardTable.setStatusAll(c, awardsReopened, Award.Status.ACTIVE);
        completeAwardsIfDone(c);
        for (Changed payout : changed) {
            Payout before = payout.payout().payout();
            engine.changed(actor, "payout", before.id(), payout.payout().region(), payout.line().outcome().name(),
                    AuditJson.object("batch", batchId, "amount", before.amount(), "reason", payout.line().reason()));
        }
    }

    /** Confirmed once no payout of the batch waits for the bank any more. */
    static void confirmBatchIfDone(Connection c, long batchId) throws SQLException {
        if (Jdbc.count(c, "SELECT COUNT(*) FROM subsidy_payout WHERE batch_id = ? AND status IN ('IN_BATCH', 'SENT')", batchId) == 0) {
            BatchTable.setStatus(c, batchId, DisbursementBatch.Status.CONFIRMED);
        }
    }

    /**
     * Completes the awards whose payouts are now all paid or cancelled. Which awards of the batch
     * still have an open payout is read with one join (through the batch index, then the unique
     * (award_id, tranche) index), not with a statement per award.
     */
    private void completeAwardsIfDone(Connection c) throws SQLException {
        Set<Long> open = new HashSet<>(Jdbc.list(c, "SELECT DISTINCT q.award_id FROM subsidy_payout p"
                + " JOIN subsidy_payout q ON q.award_id = p.award_id WHERE p.batch_id = ? AND q.status NOT IN ('PAID', 'CANCELLED')",
                row -> row.getLong(1), batchId));
        AwardTable.setStatusAll(c, awardsPaidTowards.stream().filter(awardId -> !open.contains(awardId)).toList(),
                Award.Status.COMPLETED);
    }
}
