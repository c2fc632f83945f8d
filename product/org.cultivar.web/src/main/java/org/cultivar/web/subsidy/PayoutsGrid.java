package org.cultivar.web.subsidy;

import com.vaadin.flow.component.grid.Grid;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.Awards;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;

/** Payouts in one status, paged from the engine; a click opens the application the payout's award came from. */
class PayoutsGrid extends Grid<Payout> {
    private static final long serialVersionUID = 1L;

    PayoutsGrid(Payouts payouts, Optional<Awards> awards, Actor actor, Payout.Status status) {
        setId("payouts-grid");
        addColumn(Payout::id).setHeader(SubsidyLabels.text("subsidy.column.id")).setAutoWidth(true);
        addColumn(Payout::scheduleId).setHeader(SubsidyLabels.text("subsidy.schedule"));
        addColumn(payout -> payout.enterprise().value()).setHeader(SubsidyLabels.text("subsidy.creditCode"));
        addColumn(Payout::tranche).setHeader(SubsidyLabels.text("subsidy.tranche.number"));
        addColumn(payout -> SubsidyLabels.money(payout.amount())).setHeader(SubsidyLabels.text("subsidy.amount"));
        addColumn(Payout::fiscalYear).setHeader(SubsidyLabels.text("subsidy.fiscalYear"));
        addColumn(payout -> payout.batchId() == null ? "" : payout.batchId().toString()).setHeader(SubsidyLabels.text("subsidy.batch"));
        addColumn(payout -> payout.holdReason() == null ? "" : payout.holdReason(SubsidyLabels.chinese())).setHeader(SubsidyLabels.text("subsidy.holdReason"))
                .setFlexGrow(2);
        setItems(page -> payouts.worklist(actor, status, page.getOffset(), page.getLimit()).stream());
        awards.ifPresent(found -> addItemClickListener(click -> Refusals.obtain(() -> found.award(actor, click.getItem().awardId()).orElse(null))
                .ifPresent(award -> ApplicationDetailView.open(award.applicationId()))));
    }
}
