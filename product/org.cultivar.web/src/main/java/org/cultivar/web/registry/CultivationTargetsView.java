package org.cultivar.web.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CultivationTargets;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.shell.MainLayout;

/** Titles in force against each region's cultivation target per tier, within the user's scope. */
@Route(value = "registry/targets", layout = MainLayout.class)
public class CultivationTargetsView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public CultivationTargetsView() {
        setId("targets-view");
        add(new H2(RegistryLabels.text("nav.registryTargets")));
        Optional<CultivationTargets> targets = RegistryServices.find(CultivationTargets.class);
        if (targets.isEmpty()) {
            add(new RegistryUnavailable());
            return;
        }
        Actor actor = CurrentActor.require();
        List<CultivationTargets.Progress> progress = targets.get().progress(actor, actor.scope());
        if (progress.isEmpty()) {
            add(new Paragraph(RegistryLabels.text("registry.targets.none")));
            return;
        }
        Grid<CultivationTargets.Progress> grid = new Grid<>();
        grid.setId("targets-grid");
        grid.addColumn(p -> RegistryLabels.region(p.region())).setHeader(RegistryLabels.text("registry.region")).setAutoWidth(true);
        grid.addColumn(p -> RegistryLabels.tier(p.tier())).setHeader(RegistryLabels.text("registry.tier")).setAutoWidth(true);
        grid.addColumn(CultivationTargets.Progress::target).setHeader(RegistryLabels.text("registry.targets.target")).setAutoWidth(true);
        grid.addColumn(CultivationTargets.Progress::inForce).setHeader(RegistryLabels.text("registry.targets.inForce")).setAutoWidth(true);
        grid.addComponentColumn(CultivationTargetsView::bar).setHeader(RegistryLabels.text("registry.targets.progress")).setFlexGrow(1);
        grid.setItems(progress);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private static Component bar(CultivationTargets.Progress progress) {
        BigDecimal percent = percent(progress);
        ProgressBar bar = new ProgressBar(0, 100, Math.min(100, percent.doubleValue())); // a bar position only
        bar.setWidth("12em");
        HorizontalLayout cell = new HorizontalLayout(bar, new Span(percent.toPlainString() + "%"));
        cell.setAlignItems(Alignment.CENTER);
        return cell;
    }

    /** Reached share of the target to one decimal; a target of zero counts as reached. */
    static BigDecimal percent(CultivationTargets.Progress progress) {
        if (progress.target() <= 0) {
            return BigDecimal.valueOf(100).setScale(1, RoundingMode.UNNECESSARY);
        }
        return BigDecimal.valueOf(progress.inForce()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(progress.target()), 1, RoundingMode.HALF_UP);
    }

    @Override
    public String getPageTitle() {
        return RegistryLabels.text("nav.registryTargets") + " · " + RegistryLabels.text("app.title");
    }
}
