package org.cultivar.web.platform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Predicate;
import org.cultivar.core.api.platform.FeatureSummary;
import org.cultivar.core.api.platform.PlatformAdmin;
import org.cultivar.core.api.security.Actor;
import org.cultivar.web.osgi.FrameworkServices;

/**
 * The repository's features: install and uninstall at runtime. The service decides who may see
 * and manage which (officials their own region's); a page may show fewer, e.g. the schedules
 * page only regional features.
 */
public class FeaturesPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final FrameworkServices services;
    private final Actor actor;
    private final Predicate<FeatureSummary> shown;
    private final Grid<FeatureSummary> grid = new Grid<>();

    FeaturesPanel(FrameworkServices services, Actor actor) {
        this(services, actor, feature -> true);
    }

    /** Only the features the predicate accepts among those the service lets the actor see. */
    public FeaturesPanel(FrameworkServices services, Actor actor, Predicate<FeatureSummary> shown) {
        this.services = services;
        this.actor = actor;
        this.shown = shown;
        setPadding(false);
        grid.setId("features-grid");
        grid.addColumn(FeatureSummary::name).setHeader(getTranslation("platform.feature.name")).setAutoWidth(true);
        grid.addColumn(FeatureSummary::id).setHeader(getTranslation("platform.feature.id")).setAutoWidth(true);
        grid.addColumn(f -> f.region() != null ? f.region() : f.locked() ? getTranslation("platform.feature.platformRegion") : "—")
                .setHeader(getTranslation("platform.feature.region"));
        grid.addColumn(f -> getTranslation(f.installed() ? "platform.feature.installed" : "platform.feature.available"))
                .setHeader(getTranslation("platform.feature.status"));
        grid.addComponentColumn(this::actionFor).setHeader(getTranslation("platform.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private com.vaadin.flow.component.Component actionFor(FeatureSummary feature) {
        if (feature.locked()) {
            return new Span(getTranslation("platform.locked"));
        }
        PlatformAdmin admin = services.require(PlatformAdmin.class);
        Button button;
        if (feature.installed()) {
            button = new Button(getTranslation("platform.feature.uninstall"), e -> {
                Notices.attempt(() -> admin.uninstallFeature(actor, feature.id()),
                        getTranslation("platform.feature.uninstalled", feature.name()));
                refresh();
            });
            button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        } else {
            button = new Button(getTranslation("platform.feature.install"), e -> {
                Notices.attempt(() -> admin.installFeature(actor, feature.id()),
                        getTranslation("platform.feature.installedNotice", feature.name()));
                refresh();
            });
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        }
        button.setDisableOnClick(true);
        button.setId((feature.installed() ? "uninstall-" : "install-") + feature.id().split(":")[1]);
        return button;
    }

    void refresh() {
        grid.setItems(services.require(PlatformAdmin.class).features(actor).stream().filter(shown).toList());
    }
}
