package org.cultivar.web.subsidy;

import com.vaadin.flow.component.grid.Grid;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.Recoveries;
import org.cultivar.subsidy.api.process.Recovery;

/** Clawbacks in one status, paged from the engine, with what is still outstanding. */
class RecoveriesGrid extends Grid<Recovery> {
    private static final long serialVersionUID = 1L;

    RecoveriesGrid(Recoveries recoveries, Actor actor, Recovery.Status status) {
        setId("recoveries-grid");
        addColumn(Recovery::id).setHeader(SubsidyLabels.text("subsidy.column.id")).setAutoWidth(true);
        addColumn(Recovery::scheduleId).setHeader(SubsidyLabels.text("subsidy.schedule"));
        addColumn(recovery -> recovery.enterprise().value()).setHeader(SubsidyLabels.text("subsidy.creditCode"));
        addColumn(recovery -> SubsidyLabels.money(recovery.due())).setHeader(SubsidyLabels.text("subsidy.recovery.due"));
        addColumn(recovery -> SubsidyLabels.money(recovery.outstanding())).setHeader(SubsidyLabels.text("subsidy.recovery.outstanding"));
        addColumn(Recovery::reason).setHeader(SubsidyLabels.text("subsidy.recovery.reason")).setFlexGrow(2);
        addColumn(recovery -> SubsidyLabels.date(recovery.openedOn())).setHeader(SubsidyLabels.text("subsidy.recovery.openedOn"));
        setItems(page -> recoveries.worklist(actor, status, page.getOffset(), page.getLimit()).stream());
    }
}
