package org.cultivar.subsidy.api.process;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.cultivar.core.api.security.Role;
import org.cultivar.subsidy.api.BilingualText;

/**
 * The decisions an application needs after it was recorded, in order. Each step is taken by a
 * different person, none of them the one who recorded or corrected the application; since at
 * least one step follows the recording, at least two distinct people handle every award. There
 * is no bypass.
 */
public record ApprovalChain(List<ApprovalStep> steps) {

    /** DESIGN.md's default: a clerk records, another clerk reviews, an official approves. */
    public static final ApprovalChain DEFAULT = new ApprovalChain(List.of(
            new ApprovalStep("review", BilingualText.of("复核", "Review"), Role.CLERK),
            new ApprovalStep("approve", BilingualText.of("审批", "Approval"), Role.OFFICIAL)));

    public ApprovalChain {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("An approval chain needs at least one step after recording: two people at least");
        }
        if (steps.stream().map(ApprovalStep::key).collect(Collectors.toCollection(HashSet::new)).size() != steps.size()) {
            throw new IllegalArgumentException("Approval steps need distinct keys");
        }
    }

    /** How many distinct people handle an application: the recorder and one per step. */
    public int people() {
        return steps.size() + 1;
    }
}
