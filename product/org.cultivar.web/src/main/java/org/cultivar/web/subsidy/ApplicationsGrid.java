package org.cultivar.web.subsidy;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Applications;
import org.cultivar.subsidy.api.process.ApprovalChain;
import org.cultivar.subsidy.api.process.ApprovalStep;
import org.cultivar.subsidy.api.process.Approvals;

/**
 * Applications in one status, paged from the engine as the clerk scrolls; a click opens one.
 * Where several may be decided at once, a checkbox column selects them ({@link BulkDecisionBar}).
 */
class ApplicationsGrid extends Grid<Application> {
    private static final long serialVersionUID = 1L;

    /** Schedule names by id, looked up once per schedule while the list is open. */
    private final ScheduleNames scheduleNames = new ScheduleNames();

    /** Approval chains by schedule, asked once per schedule while the list is open. */
    private final Map<String, ApprovalChain> chains = new HashMap<>();

    ApplicationsGrid(Applications applications, Actor actor, Application.Status status) {
        this(applications, Optional.empty(), actor, status, false);
    }

    /**
     * With the approvals service, an awaiting list shows each application's next step and whether
     * it is the user's to take: the list holds every step of the region, also those of other roles
     * and those the user may not take because they recorded the application or took an earlier step.
     */
    ApplicationsGrid(Applications applications, Optional<Approvals> approvals, Actor actor, Application.Status status,
                     boolean selectable) {
        setId("applications-grid");
        if (selectable) {
            setSelectionMode(SelectionMode.MULTI);
        }
        // fixed-size facts take their width, names share the rest and show whole on hover (1366 px screens with the menu open)
        addColumn(Application::id).setHeader(SubsidyLabels.text("subsidy.column.id")).setAutoWidth(true).setFlexGrow(0);
        addColumn(application -> scheduleNames.of(application.scheduleId())).setHeader(SubsidyLabels.text("subsidy.schedule"))
                .setTooltipGenerator(application -> scheduleNames.of(application.scheduleId()) + " (" + application.scheduleId() + ")")
                .setResizable(true);
        addColumn(application -> application.assessment().facts().enterprise().nameZh()).setHeader(SubsidyLabels.text("subsidy.enterprise"))
                .setTooltipGenerator(application -> application.assessment().facts().enterprise().nameZh()).setFlexGrow(3).setResizable(true);
        addColumn(application -> application.enterprise().value()).setHeader(SubsidyLabels.text("subsidy.creditCode"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(application -> application.assessment().award().map(award -> SubsidyLabels.money(award.amount()))
                .orElse(SubsidyLabels.text("subsidy.ineligible"))).setHeader(SubsidyLabels.text("subsidy.amount"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        addColumn(Application::recordedBy).setHeader(SubsidyLabels.text("subsidy.recordedBy")).setAutoWidth(true).setFlexGrow(0);
        addColumn(application -> SubsidyLabels.date(application.recordedAt().atZone(SubsidyLabels.BUSINESS_ZONE).toLocalDate()))
                .setHeader(SubsidyLabels.text("subsidy.recordedAt")).setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(application -> SubsidyLabels.time(application.recordedAt()));
        if (status == Application.Status.AWAITING_DECISION && approvals.isPresent()) {
            addColumn(application -> nextStep(approvals.get(), actor, application).text())
                    .setHeader(SubsidyLabels.text("subsidy.nextStep")).setKey("next-step").setAutoWidth(true).setFlexGrow(0)
                    .setTooltipGenerator(application -> nextStep(approvals.get(), actor, application).why());
        }
        // lazy without a count: the engine pages the worklist oldest first
        setItems(page -> applications.worklist(actor, status, page.getOffset(), page.getLimit()).stream());
        addItemClickListener(click -> ApplicationDetailView.open(click.getItem().id()));
    }

    /** What the next-step column shows, and why, when that is not plain. */
    private record NextStep(String text, String why) {
    }

    private NextStep nextStep(Approvals approvals, Actor actor, Application application) {
        Optional<ApprovalStep> step = ApprovalProgress.nextStep(application,
                chains.computeIfAbsent(application.scheduleId(), schedule -> approvals.chain(actor, schedule)));
        if (step.isEmpty()) {
            return new NextStep("", "");
        }
        String name = SubsidyLabels.of(step.get().name());
        if (SubsidyPermissions.mayDecide(actor, application, step.get())) {
            return new NextStep(SubsidyLabels.text("subsidy.nextStep.yours", name), "");
        }
        if (!actor.has(step.get().role())) {
            return new NextStep(SubsidyLabels.text("subsidy.nextStep.role", name,
                    SubsidyLabels.text("role." + step.get().role().name())), "");
        }
        return new NextStep(SubsidyLabels.text("subsidy.nextStep.someoneElse", name),
                SubsidyLabels.text("subsidy.nextStep.someoneElse.why"));
    }
}
