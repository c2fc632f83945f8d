package org.cultivar.web.subsidy;

import com.vaadin.flow.component.html.Paragraph;

/** Shown instead of a subsidy page while the payout engine is not running. */
class SubsidyUnavailable extends Paragraph {
    private static final long serialVersionUID = 1L;

    SubsidyUnavailable() {
        super(SubsidyLabels.text("subsidy.unavailable"));
        setId("subsidy-unavailable");
        getStyle().set("color", "var(--lumo-secondary-text-color)");
    }
}
