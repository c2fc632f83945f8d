package org.cultivar.subsidy.api.process;

import java.util.List;
import java.util.Objects;

import org.cultivar.subsidy.api.BilingualText;

/**
 * What {@link Approvals#decideAll} did with each selected application: decided, with its new
 * status and version, or refused with the reason {@link Approvals#decide} would have given for it
 * alone. Both lists keep the order of the selection.
 */
public record BulkDecision(List<Decided> decided, List<Refused> refused) {

    /** The most applications one call decides on; a larger selection is refused whole, before anything is decided. */
    public static final int MAXIMUM_SELECTIONS = 100_000;

    /** An application as the caller saw it: its id and the version they looked at. */
    public record Selected(long applicationId, long expectedVersion) {
    }

    /** The decision was taken: the application is now in {@code status} at {@code version}. */
    public record Decided(long applicationId, Application.Status status, long version) {

        public Decided {
            Objects.requireNonNull(status, "status");
        }
    }

    /** Nothing was changed on the application, for {@code reason}, in the engine's words. */
    public record Refused(long applicationId, Refusal refusal, String reason, BilingualText reasonText) {

        public Refused {
            Objects.requireNonNull(refusal, "refusal");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(reasonText, "reasonText");
        }

        /** A refusal worded in English only. */
        public Refused(long applicationId, Refusal refusal, String reason) {
            this(applicationId, refusal, reason, BilingualText.of(reason, reason));
        }
    }

    /** The kind of refusal, as {@link Approvals#decide} would have thrown it. */
    public enum Refusal {
        /**
         * Not this person's decision ({@link org.cultivar.core.api.security.AccessDeniedException}): they recorded the
         * application or took an earlier step, lack the step's role, or the application is outside their region.
         */
        NOT_PERMITTED,
        /**
         * The application cannot take this decision now ({@link ConflictException}): it changed since the caller looked
         * at it, is no longer awaiting a decision, does not exist, is not eligible, or the budget has not enough left.
         */
        CONFLICT
    }

    public BulkDecision {
        decided = List.copyOf(decided);
        refused = List.copyOf(refused);
    }
}
