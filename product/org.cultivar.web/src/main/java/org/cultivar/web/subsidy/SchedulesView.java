package org.cultivar.web.subsidy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServlet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cultivar.core.api.platform.PlatformAdmin;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.subsidy.api.ApplicationWindow;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.BudgetPosition;
import org.cultivar.subsidy.api.process.Budgets;
import org.cultivar.subsidy.api.process.ScheduleChanges;
import org.cultivar.web.osgi.FrameworkServices;
import org.cultivar.web.platform.FeaturesPanel;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.security.RequiresRole;
import org.cultivar.web.shell.MainLayout;

/**
 * A region's schedules for its officials: what runs, on which legal basis, whether applications
 * are accepted today, and this year's budget at a glance; officials change parameters and open or
 * close the window by dated, reasoned changes and install their region's features. Auditors read
 * the same page and every change's history, without actions.
 */
@Route(value = "subsidies/schedules", layout = MainLayout.class)
@RequiresRole({Role.OFFICIAL, Role.AUDITOR})
public class SchedulesView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final Actor actor = CurrentActor.require();
    private final Grid<ScheduleDefinition> schedules = new Grid<>();

    public SchedulesView() {
        setId("schedules-view");
        add(new H2(SubsidyLabels.text("nav.subsidySchedules")));
        ScheduleChanges changes = SubsidyServices.find(ScheduleChanges.class).orElse(null);
        if (changes == null) {
            add(new SubsidyUnavailable());
            return;
        }
        Map<String, BudgetPosition> budgets = budgetsThisYear();
        schedules.setId("region-schedules");
        // long Chinese names and legal bases wrap rather than end in "…"; the actions stay in view at the right
        schedules.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        schedules.addColumn(schedule -> SubsidyLabels.of(schedule.name())).setHeader(SubsidyLabels.text("subsidy.schedule")).setFlexGrow(2)
                .setWidth("9em");
        schedules.addColumn(schedule -> SubsidyLabels.of(schedule.legalBasis())).setHeader(SubsidyLabels.text("subsidy.schedules.legalBasis"))
                .setFlexGrow(3).setWidth("9em");
        schedules.addColumn(schedule -> schedule.region().code()).setHeader(SubsidyLabels.text("subsidy.schedules.region")).setAutoWidth(true);
        schedules.addColumn(schedule -> window(schedule.window())).setHeader(SubsidyLabels.text("subsidy.schedules.window")).setFlexGrow(1)
                .setWidth("7em").setKey("window");
        // one column for the year's budget keeps the grid within a laptop's width: no sideways scrolling
        schedules.addComponentColumn(schedule -> budget(budgets, schedule)).setHeader(SubsidyLabels.text("subsidy.schedules.budget"))
                .setFlexGrow(2).setWidth("10em").setKey("available");
        schedules.addComponentColumn(schedule -> actions(changes, schedule)).setHeader(SubsidyLabels.text("subsidy.schedules.actions"))
                .setKey("actions").setAutoWidth(true);
        schedules.setAllRowsVisible(true);
        schedules.setEmptyStateText(SubsidyLabels.text("subsidy.schedules.none"));
        load();
        add(schedules);
        if (actor.has(Role.OFFICIAL)) {
            regionalFeatures();
        }
    }

    private void load() {
        schedules.setItems(SubsidyServices.schedules().stream().filter(schedule -> actor.scope().covers(schedule.region())).toList());
    }

    /** The year's positions by schedule; none shown if the budgets service is not running. */
    private Map<String, BudgetPosition> budgetsThisYear() {
        return SubsidyServices.find(Budgets.class)
                .flatMap(budgets -> Refusals.obtain(() -> budgets.positions(actor, SubsidyLabels.today().getYear())))
                .orElse(List.of()).stream().collect(Collectors.toMap(BudgetPosition::scheduleId, Function.identity()));
    }

    /** What is still available this year, and below it the appropriation, commitments and disbursements. */
    private static Component budget(Map<String, BudgetPosition> budgets, ScheduleDefinition schedule) {
        BudgetPosition position = budgets.get(schedule.id());
        if (position == null) {
            return new Span(SubsidyLabels.text("subsidy.schedules.budget.none"));
        }
        Span available = new Span(SubsidyLabels.text("subsidy.schedules.budget.available", SubsidyLabels.money(position.available())));
        available.getStyle().set("font-weight", "600");
        Span execution = new Span(SubsidyLabels.text("subsidy.schedules.budget.execution", SubsidyLabels.money(position.appropriation()),
                SubsidyLabels.money(position.committed()), SubsidyLabels.money(position.disbursed())));
        execution.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout cell = new VerticalLayout(available, execution);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    /** "Open (2026-01-01 – 2026-06-30)", or closed, as of today in Shanghai. */
    static String window(ApplicationWindow window) {
        boolean open = window.problemWith(SubsidyLabels.today()).isEmpty();
        String state = SubsidyLabels.text(open ? "subsidy.schedules.window.isOpen" : "subsidy.schedules.window.isClosed");
        if (window.opens() == null && window.closes() == null) {
            return state; // always open: no dates worth showing
        }
        String from = window.opens() == null ? "" : SubsidyLabels.date(window.opens());
        String until = window.closes() == null ? "" : SubsidyLabels.date(window.closes());
        return SubsidyLabels.text("subsidy.schedules.window.dated", state, from, until);
    }

    private Component actions(ScheduleChanges changes, ScheduleDefinition schedule) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (actor.has(Role.OFFICIAL)) {
            Button configure = new Button(SubsidyLabels.text("subsidy.schedules.configure"), e ->
                    Refusals.obtain(() -> changes.configuration(actor, schedule.id())).ifPresent(configuration ->
                            new ScheduleConfigurationDialog(changes, actor, schedule, configuration, this::load).open()));
            configure.addClassName("configure-schedule");
            configure.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            boolean open = schedule.window().problemWith(SubsidyLabels.today()).isEmpty();
            Button window = new Button(SubsidyLabels.text(open ? "subsidy.schedules.window.close" : "subsidy.schedules.window.open"),
                    e -> new ApplicationWindowDialog(changes, actor, schedule, !open, this::load).open());
            window.addClassName(open ? "close-window" : "open-window");
            window.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(configure, window);
        }
        Button history = new Button(SubsidyLabels.text("subsidy.schedules.history"),
                e -> new ScheduleHistoryDialog(changes, actor, schedule).open());
        history.addClassName("schedule-history");
        history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(history);
        return actions;
    }

    /**
     * The platform's features panel, showing only regional features: the platform service lets an
     * official see and install only those of regions their scope covers.
     */
    private void regionalFeatures() {
        FrameworkServices services = FrameworkServices.of(VaadinServlet.getCurrent().getServletContext());
        if (services.find(PlatformAdmin.class).isEmpty()) {
            return;
        }
        Details features = new Details(SubsidyLabels.text("subsidy.schedules.features"),
                new Span(SubsidyLabels.text("subsidy.schedules.features.help")),
                new FeaturesPanel(services, actor, feature -> feature.region() != null));
        features.setId("regional-features");
        features.setWidthFull();
        add(features);
    }

    @Override
    public String getPageTitle() {
        return SubsidyLabels.text("nav.subsidySchedules") + " · " + SubsidyLabels.text("app.title");
    }
}
