package org.cultivar.web.registry;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.cultivar.registry.api.CriterionResult;

/** A criterion's outcome as icon, word and colour together, so it reads without colour vision too. */
class OutcomeBadge extends Span {
    private static final long serialVersionUID = 1L;

    OutcomeBadge(CriterionResult.Outcome outcome) {
        VaadinIcon icon = switch (outcome) {
            case PASS -> VaadinIcon.CHECK;
            case FAIL -> VaadinIcon.CLOSE;
            case EXEMPT -> VaadinIcon.MINUS;
            case NO_DATA -> VaadinIcon.QUESTION;
        };
        String colour = switch (outcome) {
            case PASS -> "var(--lumo-success-text-color)";
            case FAIL, NO_DATA -> "var(--lumo-error-text-color)";
            case EXEMPT -> "var(--lumo-secondary-text-color)";
        };
        add(icon.create(), new Span(" " + RegistryLabels.outcome(outcome)));
        addClassName("outcome-" + outcome.name().toLowerCase(java.util.Locale.ROOT));
        getStyle().set("color", colour).set("white-space", "nowrap");
    }
}
