package org.cultivar.web.subsidy;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.cultivar.subsidy.api.process.ApprovalChain;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.process.ApprovalStep;

/** An application's approval history, oldest first, with each step under the chain's own name. */
class DecisionsGrid extends Grid<ApprovalDecision> {
    private static final long serialVersionUID = 1L;

    DecisionsGrid(List<ApprovalDecision> decisions, ApprovalChain chain) {
        setId("approval-history");
        addColumn(decision -> chain.steps().stream().filter(step -> step.key().equals(decision.step())).findFirst()
                .map(ApprovalStep::name).map(SubsidyLabels::of).orElse(decision.step()))
                .setHeader(SubsidyLabels.text("subsidy.decision.step"));
        addColumn(ApprovalDecision::actorId).setHeader(SubsidyLabels.text("subsidy.decision.actor"));
        addColumn(decision -> SubsidyLabels.text("subsidy.verdict." + decision.verdict().name()))
                .setHeader(SubsidyLabels.text("subsidy.decision.verdict"));
        addColumn(decision -> decision.comment() == null ? "" : decision.comment())
                .setHeader(SubsidyLabels.text("subsidy.decision.comment")).setFlexGrow(3);
        addColumn(decision -> SubsidyLabels.time(decision.decidedAt())).setHeader(SubsidyLabels.text("subsidy.decision.at"));
        setItems(decisions);
        setAllRowsVisible(true);
    }
}
