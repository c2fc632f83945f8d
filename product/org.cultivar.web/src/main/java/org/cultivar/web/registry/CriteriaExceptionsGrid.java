package org.cultivar.web.registry;

import com.vaadin.flow.component.grid.Grid;
import org.cultivar.registry.api.CriteriaException;

/** Titles kept or granted although criteria failed, with who justified it how; on the enterprise page and for auditors. */
class CriteriaExceptionsGrid extends Grid<CriteriaException> {
    private static final long serialVersionUID = 1L;

    CriteriaExceptionsGrid(boolean showEnterprise) {
        addClassName("criteria-exceptions-grid");
        if (showEnterprise) {
            addColumn(e -> e.enterprise().value()).setHeader(RegistryLabels.text("registry.creditCode")).setAutoWidth(true);
            addColumn(CriteriaException::enterpriseName).setHeader(RegistryLabels.text("registry.name")).setAutoWidth(true);
            addItemClickListener(click -> EnterprisePage.open(click.getItem().enterprise()));
        }
        addColumn(e -> RegistryLabels.tier(e.tier())).setHeader(RegistryLabels.text("registry.tier")).setAutoWidth(true);
        addColumn(e -> RegistryLabels.text("registry.exception.decision." + e.decision().name()))
                .setHeader(RegistryLabels.text("registry.exception.decision")).setAutoWidth(true);
        addColumn(CriteriaException::ruleSetId).setHeader(RegistryLabels.text("registry.ruleSet")).setAutoWidth(true);
        // what the auditor came for: room for the failed criteria and the justification, the whole text on hover
        addColumn(e -> String.join("；", e.failedCriteria())).setHeader(RegistryLabels.text("registry.exception.failed"))
                .setWidth("20em").setFlexGrow(1).setTooltipGenerator(e -> String.join("\n", e.failedCriteria()));
        addColumn(CriteriaException::justification).setHeader(RegistryLabels.text("registry.justification"))
                .setWidth("16em").setFlexGrow(1).setTooltipGenerator(CriteriaException::justification);
        addColumn(CriteriaException::actorId).setHeader(RegistryLabels.text("registry.actor")).setAutoWidth(true);
        addColumn(e -> RegistryLabels.time(e.recordedAt())).setHeader(RegistryLabels.text("registry.recordedAt")).setAutoWidth(true);
    }
}
