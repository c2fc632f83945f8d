package org.cultivar.web.registry;

import com.vaadin.flow.component.html.Span;

/**
 * Marks demo data wherever an enterprise appears. Styled inline with Lumo properties: the
 * pre-compiled frontend bundle must serve it, so no extra style module is imported.
 */
class DemoBadge extends Span {
    private static final long serialVersionUID = 1L;

    DemoBadge() {
        super(RegistryLabels.text("registry.demo"));
        addClassName("demo-badge");
        getStyle().set("background", "var(--lumo-contrast-10pct)").set("color", "var(--lumo-contrast-80pct)")
                .set("border-radius", "var(--lumo-border-radius-s)").set("padding", "0 var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-xs)").set("margin-left", "var(--lumo-space-xs)");
    }
}
