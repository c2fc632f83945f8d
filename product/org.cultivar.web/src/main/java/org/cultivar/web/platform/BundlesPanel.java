package org.cultivar.web.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.cultivar.core.api.platform.BundleSummary;
import org.cultivar.core.api.platform.PlatformAdmin;
import org.cultivar.core.api.security.Actor;
import org.cultivar.web.osgi.FrameworkServices;

/** The bundles of the running framework; platform bundles are locked; new ones come as trusted uploads. */
class BundlesPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final FrameworkServices services;
    private final Actor actor;
    private final Grid<BundleSummary> grid = new Grid<>();

    BundlesPanel(FrameworkServices services, Actor actor) {
        this.services = services;
        this.actor = actor;
        setPadding(false);
        grid.setId("bundles-grid");
        grid.addColumn(BundleSummary::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BundleSummary::symbolicName).setHeader(getTranslation("platform.bundle.name")).setAutoWidth(true);
        grid.addColumn(BundleSummary::version).setHeader(getTranslation("platform.bundle.version")).setAutoWidth(true);
        grid.addColumn(b -> getTranslation("platform.bundle.state." + b.state())).setHeader(getTranslation("platform.bundle.state"));
        grid.addComponentColumn(this::actionsFor).setHeader(getTranslation("platform.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        Button refresh = new Button(getTranslation("platform.refresh"), e -> refresh());
        add(new BundleUpload(services, actor, this::refresh), refresh, grid);
        refresh();
    }

    private Component actionsFor(BundleSummary bundle) {
        if (bundle.locked()) {
            return new Span(getTranslation("platform.locked"));
        }
        PlatformAdmin admin = services.require(PlatformAdmin.class);
        HorizontalLayout actions = new HorizontalLayout();
        if ("ACTIVE".equals(bundle.state())) {
            actions.add(action("platform.bundle.stop", bundle, id -> admin.stopBundle(actor, id)));
        } else {
            actions.add(action("platform.bundle.start", bundle, id -> admin.startBundle(actor, id)));
        }
        actions.add(action("platform.bundle.update", bundle, id -> admin.updateBundle(actor, id)));
        Button uninstall = action("platform.bundle.uninstall", bundle, id -> admin.uninstallBundle(actor, id));
        uninstall.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(uninstall);
        return actions;
    }

    private Button action(String key, BundleSummary bundle, java.util.function.LongConsumer operation) {
        Button button = new Button(getTranslation(key), e -> {
            Notices.attempt(() -> operation.accept(bundle.id()), getTranslation("platform.bundle.done", bundle.symbolicName()));
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    void refresh() {
        grid.setItems(services.require(PlatformAdmin.class).bundles(actor));
    }
}
