package org.cultivar.subsidy.api.process;

import org.cultivar.core.api.security.Actor;

/**
 * The approval chain, enforced here and nowhere else: whoever recorded or corrected an
 * application, or took an earlier step on it, is refused ({@link
 * org.cultivar.core.api.security.AccessDeniedException}) — as is anyone without the step's role
 * or outside the schedule's region. There is no bypass, also not for administrators.
 */
public interface Approvals {

    ApprovalChain chain(Actor actor, String scheduleId);

    /**
     * Takes the current step. The last step's approval creates the award with its payouts and
     * commits each tranche to its fiscal year's budget, in one transaction.
     *
     * @throws ConflictException if the application changed since {@code expectedVersion}, or the
     *                           budget has not enough left
     */
    Application decide(Actor actor, long applicationId, long expectedVersion, ApprovalDecision.Verdict verdict,
                       String comment);
}
