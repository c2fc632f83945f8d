package org.cultivar.web.subsidy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalChain;
import org.cultivar.subsidy.api.process.ApprovalDecision.Verdict;
import org.cultivar.subsidy.api.process.ApprovalStep;
import org.cultivar.subsidy.api.process.Applications;
import org.cultivar.subsidy.api.process.Awards;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;
import org.cultivar.subsidy.api.process.Approvals;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.shell.MainLayout;

/**
 * One application as stored: its assessment (facts, parameters, steps, amount), its approval
 * history and the decisions the user may take now. Every decision carries the version this page
 * showed, so when someone else acted first the engine refuses and the page says so and offers a
 * reload, rather than deciding on something the user has not seen.
 */
@Route(value = "subsidies/application/:id", layout = MainLayout.class)
public class ApplicationDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private static final String PARAMETER = "id";

    private final Actor actor = CurrentActor.require();
    private String title = "";

    public ApplicationDetailView() {
        setId("application-detail-view");
    }

    static void open(long applicationId) {
        UI.getCurrent().navigate(ApplicationDetailView.class, new RouteParameters(PARAMETER, Long.toString(applicationId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Applications> applications = SubsidyServices.find(Applications.class);
        Optional<Approvals> approvals = SubsidyServices.find(Approvals.class);
        if (applications.isEmpty() || approvals.isEmpty()) {
            removeAll();
            add(new H2(SubsidyLabels.text("nav.subsidies")), new SubsidyUnavailable());
            return;
        }
        Optional<Long> id = event.getRouteParameters().get(PARAMETER).filter(text -> text.matches("\\d{1,18}")).map(Long::valueOf);
        if (id.isEmpty()) {
            showNotFound();
            return;
        }
        show(applications.get(), approvals.get(), id.get());
    }

    private void show(Applications applications, Approvals approvals, long id) {
        Optional<Application> loaded = Refusals.obtain(() -> applications.application(actor, id).orElse(null));
        removeAll();
        if (loaded.isEmpty()) {
            showNotFound();
            return;
        }
        Application application = loaded.get();
        Runnable reload = () -> show(applications, approvals, id);
        ApprovalChain chain = Refusals.obtain(() -> approvals.chain(actor, application.scheduleId())).orElse(ApprovalChain.DEFAULT);
        Optional<ScheduleDefinition> schedule = SubsidyServices.schedule(application.scheduleId());
        String scheduleName = schedule.map(SubsidyLabels::schedule)
                .orElse(application.scheduleId());
        title = SubsidyLabels.text("subsidy.application.title", application.id());
        add(new H2(title + " · " + scheduleName), summary(application, schedule));
        Div conflict = new Div();
        conflict.setId("conflict-area");
        add(conflict, actions(applications, approvals, application, chain, reload, conflict));
        add(new H3(SubsidyLabels.text("subsidy.assessment")), new AssessmentPanel(application.assessment(),
                AssessmentPanel.Names.of(actor, application.scheduleId(), schedule)));
        add(new H3(SubsidyLabels.text("subsidy.history")), new DecisionsGrid(application.decisions(), chain));
        List<Payout> payouts = payoutsOf(application);
        Optional<Payouts> payoutService = SubsidyServices.find(Payouts.class);
        if (!payouts.isEmpty() && payoutService.isPresent()) {
            add(new H3(SubsidyLabels.text("reports.payouts")), new AwardPayoutsList(payouts, actor, payoutService.get(), reload));
        }
        PayeeAccountPanel.of(actor, application.enterprise())
                .ifPresent(panel -> add(new H3(SubsidyLabels.text("subsidy.payee")), panel));
    }

    /** The payouts of the award this application led to; none before approval or while the engine's services are missing. */
    private List<Payout> payoutsOf(Application application) {
        Optional<Awards> awards = SubsidyServices.find(Awards.class);
        Optional<Payouts> payouts = SubsidyServices.find(Payouts.class);
        if (awards.isEmpty() || payouts.isEmpty()) {
            return List.of();
        }
        return Refusals.obtain(() -> awards.get().ofEnterprise(actor, application.enterprise()).stream()
                        .filter(award -> award.applicationId() == application.id())
                        .flatMap(award -> payouts.get().ofAward(actor, award.id()).stream())
                        .toList())
                .orElse(List.of());
    }

    private static VerticalLayout summary(Application application, Optional<ScheduleDefinition> schedule) {
        Paragraph status = new Paragraph(SubsidyLabels.text("subsidy.application.status", SubsidyLabels.status(application.status())));
        status.setId("application-status");
        String code = application.enterprise().value();
        // the name as the registry gave it when the application was assessed, as the rest of the page shows it
        Anchor enterprise = new Anchor("registry/enterprise/" + code, application.assessment().facts().enterprise().nameZh() + " · " + code);
        enterprise.setId("application-enterprise");
        Paragraph recorded = new Paragraph(SubsidyLabels.text("subsidy.application.recorded", application.recordedBy(),
                SubsidyLabels.time(application.recordedAt())));
        Paragraph documents = new Paragraph(SubsidyLabels.text("subsidy.application.documents",
                documentNames(application.documentsReceived(), schedule)));
        documents.setId("application-documents");
        VerticalLayout summary = new VerticalLayout(status, new Paragraph(new Span(SubsidyLabels.text("subsidy.enterprise") + SubsidyLabels.colon()), enterprise),
                recorded, documents);
        summary.setPadding(false);
        summary.setSpacing(false);
        return summary;
    }

    /** The checklist's names of the documents ticked off, in the checklist's order; a key the schedule no longer lists as it is. */
    private static String documentNames(Set<String> received, Optional<ScheduleDefinition> schedule) {
        if (received.isEmpty()) {
            return "—";
        }
        List<String> names = new ArrayList<>();
        Set<String> named = new HashSet<>();
        schedule.ifPresent(definition -> definition.documents().stream().filter(document -> received.contains(document.key()))
                .forEach(document -> {
                    names.add(SubsidyLabels.of(document.name()));
                    named.add(document.key());
                }));
        received.stream().filter(key -> !named.contains(key)).sorted().forEach(names::add);
        return String.join(SubsidyLabels.enumeration(), names);
    }

    private HorizontalLayout actions(Applications applications, Approvals approvals, Application application, ApprovalChain chain,
                                     Runnable reload, Div conflictArea) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("application-actions");
        Optional<ApprovalStep> step = ApprovalProgress.nextStep(application, chain);
        if (step.isPresent() && actor.userId().equals(application.recordedBy())) {
            Paragraph note = new Paragraph(SubsidyLabels.text("subsidy.selfApproval"));
            note.setId("self-approval-note");
            add(note);
        }
        step.filter(next -> SubsidyPermissions.mayDecide(actor, application, next)).ifPresent(next -> {
            String stepName = SubsidyLabels.of(next.name());
            actions.add(decision("approve-application", SubsidyLabels.text("subsidy.decide.approve", stepName), false,
                    comment -> approvals.decide(actor, application.id(), application.version(), Verdict.APPROVE, comment),
                    reload, conflictArea, ButtonVariant.LUMO_PRIMARY));
            actions.add(decision("return-application", SubsidyLabels.text("subsidy.decide.return"), true,
                    comment -> approvals.decide(actor, application.id(), application.version(), Verdict.RETURN, comment),
                    reload, conflictArea, ButtonVariant.LUMO_CONTRAST));
            actions.add(decision("reject-application", SubsidyLabels.text("subsidy.decide.reject"), true,
                    comment -> approvals.decide(actor, application.id(), application.version(), Verdict.REJECT, comment),
                    reload, conflictArea, ButtonVariant.LUMO_ERROR));
        });
        if (SubsidyPermissions.mayWithdraw(actor, application)) {
            actions.add(decision("withdraw-application", SubsidyLabels.text("subsidy.withdraw"), true,
                    reason -> applications.withdraw(actor, application.id(), application.version(), reason),
                    reload, conflictArea, ButtonVariant.LUMO_TERTIARY));
        }
        return actions;
    }

    private Button decision(String id, String label, boolean reasonRequired, Function<String, Application> decide,
                            Runnable reload, Div conflictArea, ButtonVariant variant) {
        Button button = new Button(label, e -> new DecisionDialog(label, reasonRequired, comment -> {
            Refusals.obtain(() -> decide.apply(comment), null, lost -> showConflict(conflictArea, lost, reload)).ifPresent(decided -> {
                Refusals.success(SubsidyLabels.text("subsidy.decided", SubsidyLabels.status(decided.status())));
                reload.run();
            });
        }).open());
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    /** The engine refused because the application changed meanwhile: say so where the buttons are, with a way to look again. */
    private static void showConflict(Div area, ConflictException lost, Runnable reload) {
        area.removeAll();
        Paragraph message = new Paragraph(SubsidyLabels.text("subsidy.conflict", SubsidyLabels.of(lost.text())));
        message.setId("conflict-message");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        Button again = new Button(SubsidyLabels.text("subsidy.reload"), e -> reload.run());
        again.setId("reload-application");
        area.add(message, again);
    }

    private void showNotFound() {
        removeAll();
        title = SubsidyLabels.text("subsidy.application.notFound");
        Paragraph notFound = new Paragraph(title);
        notFound.setId("application-not-found");
        add(new H2(SubsidyLabels.text("nav.subsidies")), notFound);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + SubsidyLabels.text("app.title");
    }
}
