package org.cultivar.web.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.cultivar.registry.api.FiguresRevision;

/** Every recorded revision of one year's figures, newest first. */
class FiguresHistoryDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    FiguresHistoryDialog(List<FiguresRevision> revisions) {
        setHeaderTitle(RegistryLabels.text("registry.figures.historyOf", String.valueOf(revisions.get(0).figures().fiscalYear())));
        setWidth("90vw");
        Grid<FiguresRevision> grid = new Grid<>();
        grid.setId("figures-history-grid");
        FiguresColumns.addTo(grid);
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        add(grid);
        getFooter().add(new Button(RegistryLabels.text("registry.close"), e -> close()));
    }
}
