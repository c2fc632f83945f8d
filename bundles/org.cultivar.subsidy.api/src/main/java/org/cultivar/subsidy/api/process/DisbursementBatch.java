package org.cultivar.subsidy.api.process;

import java.time.Instant;
import java.util.Objects;

import org.cultivar.core.api.money.Money;

/**
 * Payouts of one schedule sent to the bank together, with one payment file.
 *
 * @param processed how many payouts were checked and added so far (the progress bar)
 */
public record DisbursementBatch(long id, String scheduleId, Status status, int payouts, int processed, Money total,
                                String createdBy, Instant createdAt) {

    public enum Status {
        /** Being filled; after a crash it resumes where it stopped. */
        PREPARING,
        /** Filled; its payment file can be produced. */
        READY,
        /** Its payment file was handed out. */
        SENT,
        /** Every payout in it is paid, failed or returned. */
        CONFIRMED
    }

    public DisbursementBatch {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(total, "total");
    }
}
