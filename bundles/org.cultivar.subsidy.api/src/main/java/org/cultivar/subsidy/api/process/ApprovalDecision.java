package org.cultivar.subsidy.api.process;

import java.time.Instant;
import java.util.Objects;

/** A decision taken on one step of an application's approval chain, as recorded. */
public record ApprovalDecision(String step, String actorId, Verdict verdict, String comment, Instant decidedAt) {

    public enum Verdict {
        /** The step passes; the last step's approval creates the award. */
        APPROVE,
        /** Back to the recorder for correction; the chain starts again after it. */
        RETURN,
        /** Refused for good, with the comment as the reason. */
        REJECT
    }

    public ApprovalDecision {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
