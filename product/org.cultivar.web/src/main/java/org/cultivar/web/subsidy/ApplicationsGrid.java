package org.cultivar.web.subsidy;

import com.vaadin.flow.component.grid.Grid;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Applications;

/**
 * Applications in one status, paged from the engine as the clerk scrolls; a click opens one.
 * Where several may be decided at once, a checkbox column selects them ({@link BulkDecisionBar}).
 */
class ApplicationsGrid extends Grid<Application> {
    private static final long serialVersionUID = 1L;

    ApplicationsGrid(Applications applications, Actor actor, Application.Status status) {
        this(applications, actor, status, false);
    }

    ApplicationsGrid(Applications applications, Actor actor, Application.Status status, boolean selectable) {
        setId("applications-grid");
        if (selectable) {
            setSelectionMode(SelectionMode.MULTI);
        }
        addColumn(Application::id).setHeader(SubsidyLabels.text("subsidy.column.id")).setAutoWidth(true);
        addColumn(Application::scheduleId).setHeader(SubsidyLabels.text("subsidy.schedule"));
        addColumn(application -> application.assessment().facts().enterprise().nameZh()).setHeader(SubsidyLabels.text("subsidy.enterprise"))
                .setFlexGrow(2);
        addColumn(application -> application.enterprise().value()).setHeader(SubsidyLabels.text("subsidy.creditCode"));
        addColumn(application -> application.assessment().award().map(award -> SubsidyLabels.money(award.amount()))
                .orElse(SubsidyLabels.text("subsidy.ineligible"))).setHeader(SubsidyLabels.text("subsidy.amount"));
        addColumn(Application::recordedBy).setHeader(SubsidyLabels.text("subsidy.recordedBy"));
        addColumn(application -> SubsidyLabels.time(application.recordedAt())).setHeader(SubsidyLabels.text("subsidy.recordedAt"));
        // lazy without a count: the engine pages the worklist oldest first
        setItems(page -> applications.worklist(actor, status, page.getOffset(), page.getLimit()).stream());
        addItemClickListener(click -> ApplicationDetailView.open(click.getItem().id()));
    }
}
