package org.cultivar.web.registry;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import org.cultivar.registry.api.FiguresRevision;
import org.cultivar.registry.api.YearlyFigures;

/** The columns of a year's figures, the same in the figures section and the revision history. */
final class FiguresColumns {

    private FiguresColumns() {
    }

    static void addTo(Grid<FiguresRevision> grid) {
        grid.addColumn(r -> r.figures().fiscalYear()).setHeader(RegistryLabels.text("registry.figures.year")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(FiguresRevision::revision).setHeader(RegistryLabels.text("registry.figures.revision")).setAutoWidth(true);
        count(grid, "employees", YearlyFigures::employees);
        count(grid, "rdStaff", YearlyFigures::rdStaff);
        amount(grid, "revenue", f -> RegistryLabels.money(f.revenue()));
        amount(grid, "mainBusinessRevenue", f -> RegistryLabels.money(f.mainBusinessRevenue()));
        amount(grid, "totalAssets", f -> RegistryLabels.money(f.totalAssets()));
        amount(grid, "totalLiabilities", f -> RegistryLabels.money(f.totalLiabilities()));
        amount(grid, "rdExpense", f -> RegistryLabels.money(f.rdExpense()));
        amount(grid, "netProfit", f -> RegistryLabels.money(f.netProfit()));
        amount(grid, "newEquityFinancing", f -> RegistryLabels.money(f.newEquityFinancing()));
        count(grid, "classOneIp", YearlyFigures::classOneIp);
        count(grid, "otherIp", YearlyFigures::otherIp);
        count(grid, "marketSharePercent", YearlyFigures::marketSharePercent);
        count(grid, "yearsInSegment", YearlyFigures::yearsInSegment);
        grid.addColumn(r -> r.figures().scienceAward() == null ? "—"
                        : RegistryLabels.text("registry.award." + r.figures().scienceAward().name()))
                .setHeader(RegistryLabels.text("registry.figures.scienceAward")).setAutoWidth(true);
        grid.addColumn(r -> RegistryLabels.time(r.recordedAt()) + " · " + r.recordedBy())
                .setHeader(RegistryLabels.text("registry.figures.recorded")).setAutoWidth(true);
        grid.addColumn(r -> r.source() == null ? "" : r.source()).setHeader(RegistryLabels.text("registry.figures.source"))
                .setAutoWidth(true);
    }

    private static void count(Grid<FiguresRevision> grid, String field, ValueProvider<YearlyFigures, Number> value) {
        grid.addColumn(r -> RegistryLabels.number(value.apply(r.figures()))).setHeader(RegistryLabels.text("registry.figures." + field))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    }

    private static void amount(Grid<FiguresRevision> grid, String field, ValueProvider<YearlyFigures, String> value) {
        grid.addColumn(r -> value.apply(r.figures())).setHeader(RegistryLabels.text("registry.figures." + field))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    }
}
