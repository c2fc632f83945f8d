package org.cultivar.web.subsidy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalChain;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.process.ApprovalStep;

/**
 * Where an application stands in its approval chain, read from its decisions: a return starts
 * the chain again after the correction, so only the approvals since the last return count.
 */
final class ApprovalProgress {

    private ApprovalProgress() {
    }

    /** The decisions of the current round, oldest first. */
    static List<ApprovalDecision> currentRound(Application application) {
        List<ApprovalDecision> decisions = application.decisions();
        int start = 0;
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).verdict() == ApprovalDecision.Verdict.RETURN) {
                start = i + 1;
            }
        }
        return decisions.subList(start, decisions.size());
    }

    static Stream<String> deciders(Application application) {
        return currentRound(application).stream().map(ApprovalDecision::actorId);
    }

    /** The step awaiting a decision, if the application awaits one. */
    static Optional<ApprovalStep> nextStep(Application application, ApprovalChain chain) {
        int taken = currentRound(application).size();
        return application.status() == Application.Status.AWAITING_DECISION && taken < chain.steps().size()
                ? Optional.of(chain.steps().get(taken)) : Optional.empty();
    }
}
