package org.cultivar.web.platform;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.platform.PlatformAdmin;
import org.cultivar.core.api.security.Actor;
import org.cultivar.web.osgi.FrameworkServices;

/** A form per configurable component, generated from its Metatype description. */
class ConfigurationPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final FrameworkServices services;
    private final Actor actor;

    ConfigurationPanel(FrameworkServices services, Actor actor) {
        this.services = services;
        this.actor = actor;
        setPadding(false);
        setId("configuration-panel");
        refresh();
    }

    void refresh() {
        removeAll();
        List<ConfigurableComponent> components = services.require(PlatformAdmin.class).configurableComponents(actor);
        if (components.isEmpty()) {
            add(new Paragraph(getTranslation("platform.config.none")));
        }
        for (ConfigurableComponent component : components) {
            Details details = new Details(component.name() + " — " + component.pid(),
                    new ConfigurationForm(component, services, actor));
            details.setWidthFull();
            add(details);
        }
    }
}
