package org.cultivar.web.subsidy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.Awards;

/**
 * The subsidies an enterprise received across the schedules the user may see, for the
 * registry's enterprise page. The registry does not depend on the payout engine, so the page
 * asks for this section only when the engine is running.
 */
public final class ReceivedSubsidies {

    private ReceivedSubsidies() {
    }

    /** The list of awards, or nothing while the payout engine is not running. */
    public static Optional<Component> of(Actor actor, CreditCode enterprise) {
        return SubsidyServices.find(Awards.class).map(awards -> {
            List<Award> received = Refusals.obtain(() -> awards.ofEnterprise(actor, enterprise)).orElse(List.of());
            if (received.isEmpty()) {
                return new Paragraph(SubsidyLabels.text("subsidy.enterprise.none"));
            }
            Grid<Award> grid = new Grid<>();
            grid.setId("received-subsidies");
            grid.addColumn(award -> SubsidyServices.schedule(award.scheduleId()).map(SubsidyLabels::schedule).orElse(award.scheduleId()))
                    .setHeader(SubsidyLabels.text("subsidy.schedule")).setFlexGrow(2);
            grid.addColumn(award -> SubsidyLabels.moneyWithWan(award.amount())).setHeader(SubsidyLabels.text("subsidy.amount")).setFlexGrow(2);
            grid.addColumn(award -> SubsidyLabels.date(award.approvedOn())).setHeader(SubsidyLabels.text("subsidy.approvedOn"));
            grid.addColumn(award -> SubsidyLabels.status(award.status())).setHeader(SubsidyLabels.text("subsidy.batch.status"));
            grid.setItems(received);
            grid.setAllRowsVisible(true);
            grid.addItemClickListener(click -> ApplicationDetailView.open(click.getItem().applicationId()));
            return grid;
        });
    }
}
