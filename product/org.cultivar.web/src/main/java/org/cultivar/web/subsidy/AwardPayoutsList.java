package org.cultivar.web.subsidy;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.web.reports.NoticeLinks;

/** The payouts of an application's award, each with its disbursement notice to print while the reports service runs. */
class AwardPayoutsList extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    AwardPayoutsList(List<Payout> payouts, Actor actor) {
        setId("award-payouts");
        setPadding(false);
        setSpacing(false);
        Optional<NoticeLinks> notices = NoticeLinks.forActor(actor);
        for (Payout payout : payouts) {
            HorizontalLayout line = new HorizontalLayout(new Span(SubsidyLabels.text("subsidy.tranche.number") + " " + payout.tranche()
                    + " · " + payout.fiscalYear() + " · " + SubsidyLabels.money(payout.amount()) + " · " + SubsidyLabels.status(payout.status())));
            notices.flatMap(links -> links.payout(payout.id())).ifPresent(line::add);
            add(line);
        }
    }
}
