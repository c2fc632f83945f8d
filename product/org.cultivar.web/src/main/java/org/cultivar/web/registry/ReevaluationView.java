package org.cultivar.web.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.ReevaluationWorklist;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.security.RequiresRole;
import org.cultivar.web.shell.MainLayout;

/**
 * Titles coming up for re-evaluation, soonest first, each judged against the latest figures.
 * Officials select titles and decide on them together; clerks see the list read-only.
 */
@Route(value = "registry/reevaluation", layout = MainLayout.class)
@RequiresRole({Role.OFFICIAL, Role.CLERK})
public class ReevaluationView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final Actor actor = CurrentActor.require();
    private final Select<Integer> days = new Select<>();
    private final ComboBox<RegionCatalogue.Region> region = new ComboBox<>(RegistryLabels.text("registry.region"));
    private final Grid<ReevaluationWorklist.Item> grid = new Grid<>();

    public ReevaluationView() {
        setId("reevaluation-view");
        setSizeFull();
        add(new H2(RegistryLabels.text("nav.registryReevaluation")));
        Optional<ReevaluationWorklist> worklist = RegistryServices.find(ReevaluationWorklist.class);
        if (worklist.isEmpty()) {
            add(new RegistryUnavailable());
            return;
        }
        days.setId("reevaluation-days");
        days.setLabel(RegistryLabels.text("registry.reevaluation.days"));
        days.setItems(90, 180, 365);
        days.setItemLabelGenerator(d -> RegistryLabels.text("registry.reevaluation.withinDays", d));
        days.setValue(90);
        region.setId("reevaluation-region");
        region.setItems(RegionCatalogue.standard().within(actor.scope()));
        region.setItemLabelGenerator(RegistryLabels::region);
        region.setClearButtonVisible(true);
        configureGrid(worklist.get());
        days.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        region.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(days, region);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        RegistryServices.find(RegistryEditor.class).filter(e -> RegistryPermissions.mayDecideTitles(actor))
                .ifPresent(editor -> filters.add(decideButton(editor)));
        add(filters, grid);
    }

    private void configureGrid(ReevaluationWorklist worklist) {
        grid.setId("reevaluation-grid");
        // wide enough for a registered name: the columns beside it size to their content and would squeeze it
        grid.addComponentColumn(item -> new EnterpriseName(item.enterprise())).setHeader(RegistryLabels.text("registry.name"))
                .setWidth("15em").setFlexGrow(1);
        grid.addColumn(item -> item.enterprise().creditCode().value()).setHeader(RegistryLabels.text("registry.creditCode"))
                .setAutoWidth(true);
        grid.addColumn(item -> RegistryLabels.tier(item.title().tier())).setHeader(RegistryLabels.text("registry.tier")).setAutoWidth(true);
        grid.addColumn(item -> RegistryLabels.date(item.title().validUntil())).setHeader(RegistryLabels.text("registry.validUntil"))
                .setAutoWidth(true);
        grid.addColumn(item -> RegistryLabels.status(item.title().status())).setHeader(RegistryLabels.text("registry.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(item -> new EvaluationVerdict(item.evaluation())).setHeader(RegistryLabels.text("registry.evaluation"))
                .setAutoWidth(true);
        grid.addColumn(item -> failingCriteria(item)).setHeader(RegistryLabels.text("registry.reevaluation.failing"))
                .setWidth("18em").setFlexGrow(1);
        // lazy without a count: the worklist pages through titles as the official scrolls
        grid.setItems(page -> worklist.items(actor, days.getValue(),
                region.getValue() == null ? actor.scope() : region.getValue().code(), page.getOffset(), page.getLimit()).stream());
        if (RegistryPermissions.mayDecideTitles(actor)) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        } else {
            grid.addItemClickListener(click -> EnterprisePage.open(click.getItem().enterprise().creditCode()));
        }
    }

    private static String failingCriteria(ReevaluationWorklist.Item item) {
        return item.evaluation() == null ? ""
                : item.evaluation().failures().stream().map(f -> RegistryLabels.criterion(f) + " " + f.value(RegistryLabels.chinese())
                        + " (" + f.threshold(RegistryLabels.chinese()) + ")")
                        .collect(Collectors.joining("; "));
    }

    private Button decideButton(RegistryEditor editor) {
        Button decide = new Button(RegistryLabels.text("registry.reevaluation.decideSelected"), e -> {
            if (grid.getSelectedItems().isEmpty()) {
                Refusals.show(RegistryLabels.text("registry.reevaluation.selectFirst"));
                return;
            }
            new BulkDecisionDialog(editor, new ArrayList<>(grid.getSelectedItems()), () -> {
                grid.deselectAll();
                grid.getDataProvider().refreshAll();
            }).open();
        });
        decide.setId("reevaluation-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return decide;
    }

    @Override
    public String getPageTitle() {
        return RegistryLabels.text("nav.registryReevaluation") + " · " + RegistryLabels.text("app.title");
    }
}
