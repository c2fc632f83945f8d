package org.cultivar.web.registry;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.RegistryOversight;

/** Enterprises with red flags, of one kind or any, by name, each with the detail that raised each flag. */
class RedFlagsPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    RedFlagsPanel(RegistryOversight oversight, Actor actor) {
        setPadding(false);
        setSizeFull();
        ComboBox<RedFlag.Kind> kind = new ComboBox<>(RegistryLabels.text("registry.redFlag"));
        kind.setId("oversight-red-flag-kind");
        kind.setItems(RedFlag.Kind.values());
        kind.setItemLabelGenerator(RegistryLabels::redFlag);
        kind.setClearButtonVisible(true);
        Grid<RegistryOversight.Flagged> grid = new Grid<>();
        grid.setId("oversight-red-flags");
        grid.addComponentColumn(flagged -> new EnterpriseName(flagged.enterprise())).setHeader(RegistryLabels.text("registry.name"))
                .setAutoWidth(true);
        grid.addColumn(flagged -> flagged.enterprise().creditCode().value()).setHeader(RegistryLabels.text("registry.creditCode"))
                .setAutoWidth(true);
        grid.addColumn(flagged -> RegistryLabels.region(flagged.enterprise().region())).setHeader(RegistryLabels.text("registry.region"))
                .setAutoWidth(true);
        grid.addComponentColumn(flagged -> RedFlagsSection.list(flagged.flags())).setHeader(RegistryLabels.text("registry.redFlags"))
                .setFlexGrow(1);
        grid.setItems(page -> oversight.redFlags(actor, kind.getValue(), page.getOffset(), page.getLimit()).stream());
        grid.addItemClickListener(click -> EnterprisePage.open(click.getItem().enterprise().creditCode()));
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(kind, grid);
    }
}
