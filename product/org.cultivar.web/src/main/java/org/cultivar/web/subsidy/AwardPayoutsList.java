package org.cultivar.web.subsidy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;
import org.cultivar.web.reports.NoticeLinks;

/**
 * The payouts of an application's award, each with its disbursement notice to print while the
 * reports service runs, why it is held or failed, and what may be done with it: a clerk puts a
 * held, failed or returned payout back in the queue (judged again, e.g. once the payee account is
 * recorded); an official records the performance review a conditional tranche waits for.
 */
class AwardPayoutsList extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private static final Set<Payout.Status> REQUEUEABLE = Set.of(Payout.Status.HELD, Payout.Status.FAILED, Payout.Status.RETURNED);

    AwardPayoutsList(List<Payout> payouts, Actor actor, Payouts service, Runnable reload) {
        setId("award-payouts");
        setPadding(false);
        setSpacing(false);
        Optional<NoticeLinks> notices = NoticeLinks.forActor(actor);
        for (Payout payout : payouts) {
            HorizontalLayout line = new HorizontalLayout(new Span(SubsidyLabels.text("subsidy.tranche.number") + " " + payout.tranche()
                    + " · " + payout.fiscalYear() + " · " + SubsidyLabels.money(payout.amount()) + " · " + SubsidyLabels.status(payout.status())
                    + (payout.holdReason() == null ? "" : " · " + payout.holdReason(SubsidyLabels.chinese()))));
            line.setAlignItems(Alignment.BASELINE);
            line.addClassName("award-payout");
            notices.flatMap(links -> links.payout(payout.id())).ifPresent(line::add);
            if (actor.has(Role.CLERK) && REQUEUEABLE.contains(payout.status())) {
                Button requeue = new Button(SubsidyLabels.text("subsidy.payout.requeue"), e ->
                        Refusals.obtain(() -> service.requeue(actor, payout.id(), payout.version())).ifPresent(after -> {
                            Refusals.success(SubsidyLabels.text("subsidy.payout.requeued", SubsidyLabels.status(after.status())));
                            reload.run();
                        }));
                requeue.addClassName("requeue-payout");
                requeue.addThemeVariants(ButtonVariant.LUMO_SMALL);
                line.add(requeue);
            }
            if (actor.has(Role.OFFICIAL) && payout.status() == Payout.Status.PLANNED && payout.conditionalOnReview()) {
                line.add(review(actor, service, payout, true, reload), review(actor, service, payout, false, reload));
            }
            add(line);
        }
    }

    private static Button review(Actor actor, Payouts service, Payout payout, boolean passed, Runnable reload) {
        String label = SubsidyLabels.text(passed ? "subsidy.payout.review.passed" : "subsidy.payout.review.failed");
        Button button = new Button(label, e -> new DecisionDialog(label, true, reason ->
                Refusals.obtain(() -> service.recordReview(actor, payout.id(), payout.version(), passed, reason)).ifPresent(after -> {
                    Refusals.success(SubsidyLabels.text("subsidy.payout.reviewed", SubsidyLabels.status(after.status())));
                    reload.run();
                })).open());
        button.addClassName(passed ? "review-passed" : "review-failed");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, passed ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        return button;
    }
}
