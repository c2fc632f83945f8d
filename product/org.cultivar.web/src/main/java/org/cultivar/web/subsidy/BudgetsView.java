package org.cultivar.web.subsidy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.api.process.BudgetPosition;
import org.cultivar.subsidy.api.process.Budgets;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.security.RequiresRole;
import org.cultivar.web.shell.MainLayout;

/**
 * Budget execution at a glance: per schedule and fiscal year the appropriation, what approvals
 * committed, what was paid, what is left and what came back. Officials set appropriations;
 * auditors read.
 */
@Route(value = "subsidies/budgets", layout = MainLayout.class)
@RequiresRole({Role.OFFICIAL, Role.AUDITOR})
public class BudgetsView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final Actor actor = CurrentActor.require();

    public BudgetsView() {
        setId("budgets-view");
        add(new H2(SubsidyLabels.text("nav.subsidyBudgets")));
        Budgets budgets = SubsidyServices.find(Budgets.class).orElse(null);
        if (budgets == null) {
            add(new SubsidyUnavailable());
            return;
        }
        IntegerField year = new IntegerField(SubsidyLabels.text("subsidy.fiscalYear"));
        year.setId("budget-year");
        year.setStepButtonsVisible(true);
        year.setValue(SubsidyLabels.today().getYear());
        Grid<BudgetPosition> positions = new Grid<>();
        positions.setId("budget-positions");
        // the schedule by its name, its id on hover; a stopped schedule by its id
        ScheduleNames names = new ScheduleNames();
        positions.addColumn(p -> names.of(p.scheduleId()))
                .setHeader(SubsidyLabels.text("subsidy.schedule")).setTooltipGenerator(BudgetPosition::scheduleId)
                .setFlexGrow(3).setResizable(true);
        amountColumn(positions, BudgetPosition::appropriation, "subsidy.budget.appropriation");
        amountColumn(positions, BudgetPosition::committed, "subsidy.budget.committed");
        amountColumn(positions, BudgetPosition::disbursed, "subsidy.budget.disbursed");
        amountColumn(positions, BudgetPosition::available, "subsidy.budget.available");
        amountColumn(positions, BudgetPosition::recovered, "subsidy.budget.recovered");
        positions.addComponentColumn(BudgetsView::execution).setHeader(SubsidyLabels.text("subsidy.budget.execution"))
                .setWidth("9em").setFlexGrow(0);
        // a long schedule name wraps rather than being cut off at 1366 pixels
        positions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Runnable load = () -> positions.setItems(year.getValue() == null ? List.of()
                : Refusals.obtain(() -> budgets.positions(actor, year.getValue())).orElse(List.of()));
        if (SubsidyPermissions.mayAppropriate(actor)) {
            positions.addComponentColumn(position -> {
                Button appropriate = new Button(SubsidyLabels.text("subsidy.budget.appropriate"),
                        e -> new AppropriationDialog(budgets, actor, position, load::run).open());
                appropriate.addClassName("appropriate-budget");
                return appropriate;
            }).setKey("appropriate").setAutoWidth(true);
        }
        year.addValueChangeListener(e -> load.run());
        load.run();
        add(year, positions);
    }

    /** An amount whole and right-aligned, so that the digits line up and none is cut off. */
    private static void amountColumn(Grid<BudgetPosition> positions, Function<BudgetPosition, Money> amount, String header) {
        positions.addColumn(position -> SubsidyLabels.money(amount.apply(position))).setHeader(SubsidyLabels.text(header))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
    }

    /** Committed and disbursed against the appropriation: how much of the year's money is spoken for. */
    private static ProgressBar execution(BudgetPosition position) {
        BigDecimal appropriation = position.appropriation().yuan();
        BigDecimal used = position.committed().plus(position.disbursed()).yuan();
        ProgressBar bar = new ProgressBar();
        // a ratio for drawing only; the amounts themselves stay exact in the other columns
        bar.setValue(appropriation.signum() == 0 ? 0 : used.divide(appropriation, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE).doubleValue());
        bar.addClassName("budget-execution");
        return bar;
    }

    @Override
    public String getPageTitle() {
        return SubsidyLabels.text("nav.subsidyBudgets") + " · " + SubsidyLabels.text("app.title");
    }
}
