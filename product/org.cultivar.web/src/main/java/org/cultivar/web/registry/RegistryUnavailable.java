package org.cultivar.web.registry;

import com.vaadin.flow.component.html.Paragraph;

/** Shown instead of a registry page while the registry bundles are not running. */
class RegistryUnavailable extends Paragraph {
    private static final long serialVersionUID = 1L;

    RegistryUnavailable() {
        super(RegistryLabels.text("registry.unavailable"));
        setId("registry-unavailable");
        getStyle().set("color", "var(--lumo-secondary-text-color)");
    }
}
