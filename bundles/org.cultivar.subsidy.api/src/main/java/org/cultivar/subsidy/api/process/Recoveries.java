package org.cultivar.subsidy.api.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;

/**
 * Clawbacks. Revoking a title opens recoveries for the related paid awards by itself (as the
 * system actor); officials open others, e.g. after a fraud finding; clerks record repayments.
 */
public interface Recoveries {

    /** @param amount at most what the award paid and has not yet been recovered */
    Recovery open(Actor actor, long awardId, Money amount, String reason);

    Optional<Recovery> recovery(Actor actor, long recoveryId);

    List<Recovery> worklist(Actor actor, Recovery.Status status, int offset, int limit);

    /**
     * Records a repayment, returning it to the budget of the award's fiscal year.
     *
     * @param reference the bank reference; the same reference recorded twice counts once
     */
    Recovery recordRepayment(Actor actor, long recoveryId, long expectedVersion, Money amount, LocalDate receivedOn,
                             String reference);
}
