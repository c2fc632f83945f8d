package org.cultivar.web.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cultivar.registry.api.FiguresRevision;

/**
 * Each year's latest revision; earlier revisions stay one click away, because figures are
 * history: a correction adds a revision and never overwrites the one a decision was based on.
 */
class FiguresSection extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    FiguresSection(List<FiguresRevision> revisions) {
        setPadding(false);
        setId("figures-section");
        if (revisions.isEmpty()) {
            add(new Paragraph(RegistryLabels.text("registry.figures.none")));
            return;
        }
        // the profile lists newest year and newest revision first
        Map<Integer, List<FiguresRevision>> byYear = revisions.stream().collect(
                Collectors.groupingBy(r -> r.figures().fiscalYear(), LinkedHashMap::new, Collectors.toList()));
        Grid<FiguresRevision> latest = new Grid<>();
        latest.setId("figures-grid");
        FiguresColumns.addTo(latest);
        latest.addComponentColumn(r -> history(byYear.get(r.figures().fiscalYear())))
                .setHeader(RegistryLabels.text("registry.figures.history")).setAutoWidth(true);
        latest.setItems(byYear.values().stream().map(year -> year.get(0)).toList());
        latest.setAllRowsVisible(true);
        add(latest);
    }

    private static Component history(List<FiguresRevision> year) {
        if (year.size() < 2) {
            return new Span();
        }
        Button earlier = new Button(RegistryLabels.text("registry.figures.earlier", year.size() - 1),
                e -> new FiguresHistoryDialog(year).open());
        earlier.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        earlier.addClassName("figures-history");
        return earlier;
    }
}
