package org.cultivar.subsidy.api.process;

import java.util.List;
import java.util.Optional;

import org.cultivar.core.api.security.Actor;

/**
 * Payouts of the actor's region. Eligibility is judged again whenever money is about to move:
 * a payout whose title has expired or been revoked since approval is held with the reason, not sent.
 */
public interface Payouts {

    Optional<Payout> payout(Actor actor, long payoutId);

    List<Payout> ofAward(Actor actor, long awardId);

    List<Payout> worklist(Actor actor, Payout.Status status, int offset, int limit);

    /**
     * Records the performance review a conditional tranche waits for: passed makes it ready in its
     * fiscal year, failed cancels it and releases its commitment.
     */
    Payout recordReview(Actor actor, long payoutId, long expectedVersion, boolean passed, String reason);

    /** Judges a held, failed or returned payout again and puts it back in the queue if it may now be paid. */
    Payout requeue(Actor actor, long payoutId, long expectedVersion);
}
