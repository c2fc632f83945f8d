package org.cultivar.web.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.EnterpriseDirectory;
import org.cultivar.registry.api.EnterpriseQuery;
import org.cultivar.registry.api.EnterpriseRow;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.shell.MainLayout;

/**
 * The shared registry, searchable by every signed-in role. The grid fetches one page at a time
 * in the service's order (by name) and takes its size from a count that is exact only up to
 * {@link #EXACT_COUNT_LIMIT}: at a million enterprises nothing is loaded or sorted in memory.
 */
@Route(value = "registry", layout = MainLayout.class)
public class RegistrySearchView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    /** Beyond this many matches the total is estimated: nobody pages through a thousand rows, and counting
     * a common fragment exactly would walk all its matches on every keystroke. */
    static final long EXACT_COUNT_LIMIT = 1_000;

    private final Actor actor = CurrentActor.require();
    private final TextField text = new TextField(RegistryLabels.text("registry.search.text"));
    private final ComboBox<RegionCatalogue.Region> region = new ComboBox<>(RegistryLabels.text("registry.region"));
    private final ComboBox<Sector> sector = new ComboBox<>(RegistryLabels.text("registry.sector"));
    private final ComboBox<Tier> tier = new ComboBox<>(RegistryLabels.text("registry.tier"));
    private final ComboBox<TitleStatus> status = new ComboBox<>(RegistryLabels.text("registry.status"));
    private final ComboBox<RedFlag.Kind> redFlag = new ComboBox<>(RegistryLabels.text("registry.redFlag"));
    private final Grid<EnterpriseRow> grid = new Grid<>();
    private final Span total = new Span();
    private EnterpriseQuery query = EnterpriseQuery.ALL;
    private long count;

    public RegistrySearchView() {
        setId("registry-search-view");
        setSizeFull();
        add(new H2(RegistryLabels.text("nav.registry")));
        Optional<EnterpriseDirectory> directory = RegistryServices.find(EnterpriseDirectory.class);
        if (directory.isEmpty()) {
            add(new RegistryUnavailable());
            return;
        }
        configureFilters();
        configureGrid(directory.get());
        HorizontalLayout filters = new HorizontalLayout(text, region, sector, tier, status, redFlag);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(total);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        registerButton().ifPresent(actions::add);
        add(filters, actions, grid);
        search(directory.get());
    }

    private void configureFilters() {
        text.setId("registry-search-text");
        text.setPlaceholder(RegistryLabels.text("registry.search.textHint"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY); // one search per pause in typing, not per keystroke
        text.setValueChangeTimeout(400);
        region.setId("registry-search-region");
        region.setItems(RegionCatalogue.standard().within(actor.scope()));
        region.setItemLabelGenerator(RegistryLabels::region);
        sector.setId("registry-search-sector");
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(RegistryLabels::sector);
        tier.setId("registry-search-tier");
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(RegistryLabels::tier);
        status.setId("registry-search-status");
        status.setItems(TitleStatus.values());
        status.setItemLabelGenerator(RegistryLabels::status);
        redFlag.setId("registry-search-red-flag");
        redFlag.setItems(RedFlag.Kind.values());
        redFlag.setItemLabelGenerator(RegistryLabels::redFlag);
        for (ComboBox<?> filter : List.of(region, sector, tier, status, redFlag)) {
            filter.setClearButtonVisible(true);
        }
    }

    private void configureGrid(EnterpriseDirectory directory) {
        grid.setId("registry-grid");
        grid.addColumn(row -> row.creditCode().value()).setHeader(RegistryLabels.text("registry.creditCode")).setAutoWidth(true)
                .setFlexGrow(0);
        // the name is what people scan for: it gets the room, long sector and tier names are cut (whole on hover)
        grid.addComponentColumn(EnterpriseName::new).setKey("name").setHeader(RegistryLabels.text("registry.name"))
                .setWidth("16em").setFlexGrow(3);
        grid.addColumn(row -> RegistryLabels.region(row.region())).setHeader(RegistryLabels.text("registry.region")).setAutoWidth(true);
        grid.addColumn(row -> RegistryLabels.sector(row.sector())).setHeader(RegistryLabels.text("registry.sector"))
                .setWidth("8em").setFlexGrow(1).setTooltipGenerator(row -> RegistryLabels.sector(row.sector()));
        grid.addColumn(row -> RegistryLabels.tier(row.highestTier())).setHeader(RegistryLabels.text("registry.highestTier"))
                .setWidth("8em").setFlexGrow(1).setTooltipGenerator(row -> RegistryLabels.tier(row.highestTier()));
        grid.addColumn(row -> RegistryLabels.status(row.status())).setHeader(RegistryLabels.text("registry.status")).setAutoWidth(true);
        grid.addColumn(row -> RegistryLabels.date(row.validUntil())).setHeader(RegistryLabels.text("registry.validUntil"))
                .setAutoWidth(true);
        grid.addColumn(EnterpriseRow::redFlags).setHeader(RegistryLabels.text("registry.redFlagCount")).setAutoWidth(true).setFlexGrow(0);
        CallbackDataProvider<EnterpriseRow, Void> rows = DataProvider.fromCallbacks(
                page -> directory.search(actor, query, page.getOffset(), page.getLimit()).stream(),
                page -> (int) Math.min(count, Integer.MAX_VALUE));
        grid.setItems(rows);
        grid.addItemClickListener(click -> EnterprisePage.open(click.getItem().creditCode()));
        text.addValueChangeListener(e -> search(directory));
        region.addValueChangeListener(e -> search(directory));
        sector.addValueChangeListener(e -> search(directory));
        tier.addValueChangeListener(e -> search(directory));
        status.addValueChangeListener(e -> search(directory));
        redFlag.addValueChangeListener(e -> search(directory));
    }

    /** Counts once per change of the filters; the grid then pages through the same query. */
    private void search(EnterpriseDirectory directory) {
        String words = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        query = new EnterpriseQuery(words, region.getValue() == null ? null : region.getValue().code(), sector.getValue(),
                tier.getValue(), status.getValue(), redFlag.getValue());
        count = directory.count(actor, query, EXACT_COUNT_LIMIT);
        total.setText(RegistryLabels.text(count > EXACT_COUNT_LIMIT ? "registry.search.aboutCount" : "registry.search.count",
                String.format("%,d", count)));
        grid.getDataProvider().refreshAll();
    }

    private Optional<Button> registerButton() {
        Optional<RegistryEditor> editor = RegistryServices.find(RegistryEditor.class);
        if (editor.isEmpty() || !RegistryPermissions.mayEditEnterprises(actor)) {
            return Optional.empty();
        }
        Button register = new Button(RegistryLabels.text("registry.enterprise.register"),
                e -> new EnterpriseDialog(editor.get(), null, saved -> EnterprisePage.open(saved.creditCode())).open());
        register.setId("register-enterprise");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return Optional.of(register);
    }

    @Override
    public String getPageTitle() {
        return RegistryLabels.text("nav.registry") + " · " + RegistryLabels.text("app.title");
    }
}
