package org.cultivar.subsidy;

import org.cultivar.subsidy.api.process.ConflictException;

/**
 * A schedule's limit on how much or how often one enterprise is awarded, judged again when the
 * award is made. The assessment judged it when the application was recorded, against the awards
 * made until then, so two applications of one enterprise recorded before either was approved
 * could otherwise both be awarded in full. An implementation reads the awards the chunk's
 * approvals could collide with once, after the caller took the enterprise locks
 * ({@link EnterpriseLocks}), and then sees the approvals of the chunk one after the other.
 */
interface LimitAtApproval {

    /** @throws ConflictException if awarding the application now would break the limit */
    void check(StoredApplication stored);

    /** The application was approved in this chunk: later ones see its award. */
    void awarded(StoredApplication stored);
}
