package org.cultivar.subsidy.api.process;

import java.util.List;

import org.cultivar.registry.api.FieldProblem;

/**
 * What a bank confirmation file ({@code pain.002} or CSV) would do, line by line; nothing is
 * applied until {@link DisbursementBatches#applyConfirmation}. A malformed or foreign file comes
 * back with problems only.
 */
public record ConfirmationPreview(String previewId, String fileName, List<Line> lines, List<FieldProblem> problems) {

    public enum Outcome {
        PAID, FAILED, RETURNED
    }

    /** @param alreadyApplied whether the payout already has this outcome (a re-imported file changes nothing) */
    public record Line(long line, long payoutId, Outcome outcome, String reason, boolean alreadyApplied) {
    }

    public ConfirmationPreview {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }
}
