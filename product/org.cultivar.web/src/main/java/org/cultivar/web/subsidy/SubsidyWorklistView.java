package org.cultivar.web.subsidy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Applications;
import org.cultivar.subsidy.api.process.Approvals;
import org.cultivar.subsidy.api.process.Awards;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;
import org.cultivar.subsidy.api.process.Recoveries;
import org.cultivar.subsidy.api.process.Recovery;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.security.RequiresRole;
import org.cultivar.web.shell.MainLayout;

/**
 * The payout work of the user's region, one worklist per tab, from new applications to paid
 * payouts and open recoveries. Auditors read every list; only clerks get the button to record.
 */
@Route(value = "subsidies", layout = MainLayout.class)
@RequiresRole({Role.CLERK, Role.OFFICIAL, Role.AUDITOR})
public class SubsidyWorklistView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final Actor actor = CurrentActor.require();
    private final VerticalLayout listArea = new VerticalLayout();

    public SubsidyWorklistView() {
        setId("subsidy-worklist-view");
        setSizeFull();
        add(new H2(SubsidyLabels.text("nav.subsidies")));
        Optional<Applications> applications = SubsidyServices.find(Applications.class);
        Optional<Payouts> payouts = SubsidyServices.find(Payouts.class);
        Optional<Recoveries> recoveries = SubsidyServices.find(Recoveries.class);
        if (applications.isEmpty() || payouts.isEmpty() || recoveries.isEmpty()) {
            add(new SubsidyUnavailable());
            return;
        }
        if (SubsidyPermissions.mayRecord(actor)) {
            Button record = new Button(SubsidyLabels.text("subsidy.new"), e -> UI.getCurrent().navigate(NewApplicationView.class));
            record.setId("new-application");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(record));
        }
        List<WorklistTab> tabs = Arrays.stream(Worklist.values()).map(WorklistTab::new).toList();
        Tabs bar = new Tabs(tabs.toArray(Tab[]::new));
        bar.setId("worklist-tabs");
        Optional<Awards> awards = SubsidyServices.find(Awards.class);
        bar.addSelectedChangeListener(e -> {
            WorklistTab selected = (WorklistTab) e.getSelectedTab();
            show(grid(selected.worklist, applications.get(), payouts.get(), awards, recoveries.get()));
            // the counts change as the user works: read them again whenever a list is opened
            count(tabs, applications.get(), payouts.get(), recoveries.get());
        });
        count(tabs, applications.get(), payouts.get(), recoveries.get());
        listArea.setPadding(false);
        listArea.setSizeFull();
        add(bar, listArea);
        show(grid(Worklist.NEW, applications.get(), payouts.get(), awards, recoveries.get()));
    }

    private void count(List<WorklistTab> tabs, Applications applications, Payouts payouts, Recoveries recoveries) {
        int limit = WorklistTab.COUNTED_UP_TO + 1;
        for (WorklistTab tab : tabs) {
            Enum<?> status = tab.worklist.status;
            tab.showCount(status instanceof Application.Status s ? applications.worklist(actor, s, 0, limit).size()
                    : status instanceof Payout.Status s ? payouts.worklist(actor, s, 0, limit).size()
                    : status instanceof Recovery.Status s ? recoveries.worklist(actor, s, 0, limit).size() : 0);
        }
    }

    private Component grid(Worklist worklist, Applications applications, Payouts payouts, Optional<Awards> awards, Recoveries recoveries) {
        if (worklist.status instanceof Application.Status status) {
            return applications(applications, status);
        }
        if (worklist.status instanceof Payout.Status status) {
            return new PayoutsGrid(payouts, awards, actor, status);
        }
        if (worklist.status instanceof Recovery.Status status) {
            return new RecoveriesGrid(recoveries, actor, status);
        }
        throw new IllegalStateException("Worklist " + worklist + " has a status of no known record");
    }

    /** Awaiting a decision, clerks and officials may select several and decide them together. */
    private Component applications(Applications applications, Application.Status status) {
        Optional<Approvals> approvals = SubsidyServices.find(Approvals.class);
        if (status != Application.Status.AWAITING_DECISION || approvals.isEmpty() || !SubsidyPermissions.mayDecideInBulk(actor)) {
            return new ApplicationsGrid(applications, approvals, actor, status, false);
        }
        ApplicationsGrid grid = new ApplicationsGrid(applications, approvals, actor, status, true);
        VerticalLayout list = new VerticalLayout(new BulkDecisionBar(approvals.get(), actor, grid), grid);
        list.setPadding(false);
        list.setSizeFull();
        return list;
    }

    private void show(Component list) {
        listArea.removeAll();
        listArea.add(list);
    }

    @Override
    public String getPageTitle() {
        return SubsidyLabels.text("nav.subsidies") + " · " + SubsidyLabels.text("app.title");
    }
}
