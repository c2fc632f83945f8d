package org.cultivar.subsidy.api.process;

import java.util.List;

import org.cultivar.core.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The approval chain, enforced here and nowhere else: whoever recorded or corrected an
 * application, or took an earlier step on it, is refused ({@link
 * org.cultivar.core.api.security.AccessDeniedException}) — as is anyone without the step's role
 * or outside the schedule's region. There is no bypass, also not for administrators.
 *
 * <p>Only the engine implements this interface (the UI calls it), so adding a method is a minor change.
 */
@ProviderType
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

    /**
     * Takes the same decision on many applications, each judged exactly as {@link #decide} judges
     * it alone. An application that would be refused is listed with the reason and left as it was;
     * the others are decided all the same. The work is committed in chunks, one transaction each
     * (never the caller's), so a long selection does not become one giant transaction: should the
     * database fail midway, the chunks before stay decided, and calling again with the same
     * versions refuses those as changed meanwhile.
     *
     * @param selections at most {@link BulkDecision#MAXIMUM_SELECTIONS}, each application once
     * @param comment    required for {@link ApprovalDecision.Verdict#RETURN RETURN} and
     *                   {@link ApprovalDecision.Verdict#REJECT REJECT}, as for {@link #decide}
     * @throws org.cultivar.core.api.security.AccessDeniedException if the actor takes no approval decisions at all
     * @throws org.cultivar.registry.api.InvalidInputException if the comment is missing or malformed, or the
     *                                                           selection is too long or names an application twice;
     *                                                           nothing is decided then
     */
    BulkDecision decideAll(Actor actor, List<BulkDecision.Selected> selections, ApprovalDecision.Verdict verdict, String comment);
}
