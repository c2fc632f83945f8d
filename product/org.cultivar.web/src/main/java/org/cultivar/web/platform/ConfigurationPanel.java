package org.cultivar.web.platform;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.platform.Configurations;
import org.cultivar.web.osgi.FrameworkServices;

/** A form per configurable component, generated from its Metatype description. */
class ConfigurationPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final FrameworkServices services;

    ConfigurationPanel(FrameworkServices services) {
        this.services = services;
        setPadding(false);
        setId("configuration-panel");
        refresh();
    }

    void refresh() {
        removeAll();
        List<ConfigurableComponent> components = services.require(Configurations.class).components();
        if (components.isEmpty()) {
            add(new Paragraph(getTranslation("platform.config.none")));
        }
        for (ConfigurableComponent component : components) {
            Details details = new Details(component.name() + " — " + component.pid(),
                    new ConfigurationForm(component, services));
            details.setWidthFull();
            add(details);
        }
    }
}
