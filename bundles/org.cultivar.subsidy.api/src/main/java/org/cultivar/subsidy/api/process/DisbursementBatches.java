package org.cultivar.subsidy.api.process;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.cultivar.core.api.security.Actor;

/**
 * Disbursement batches of the actor's region: created by clerks, their files read by auditors
 * too. Every step is idempotent: the same request key creates one batch, a file produced twice is
 * the same file, a confirmation applied twice changes nothing the second time.
 */
public interface DisbursementBatches {

    /**
     * Starts filling a batch with the ready payouts, judging each one's eligibility again (those
     * that fail are held with the reason and left out); returns at once, see {@link #batch}.
     *
     * @param requestKey chosen by the caller per user action: a repeated request returns the first batch
     */
    DisbursementBatch create(Actor actor, String scheduleId, List<Long> payoutIds, String requestKey);

    /** Continues a batch that a crash or restart interrupted. */
    DisbursementBatch resume(Actor actor, long batchId);

    Optional<DisbursementBatch> batch(Actor actor, long batchId);

    List<DisbursementBatch> batches(Actor actor, int offset, int limit);

    PaymentFile paymentFile(Actor actor, long batchId, PaymentFile.Format format);

    /** Reads a bank confirmation file; stores nothing but the preview. */
    ConfirmationPreview previewConfirmation(Actor actor, String fileName, InputStream content);

    /** Applies a previewed confirmation; returns it with {@code alreadyApplied} as it was before applying. */
    ConfirmationPreview applyConfirmation(Actor actor, String previewId);
}
