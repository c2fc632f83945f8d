package org.cultivar.web.platform;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.platform.ConfigurationOwner;
import org.cultivar.core.api.platform.PlatformAdmin;
import org.cultivar.core.api.security.Actor;
import org.cultivar.web.osgi.FrameworkServices;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

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
        List<ConfigurationOwner> owners = owners();
        for (ConfigurableComponent component : components) {
            Optional<ConfigurationOwner> owner = owners.stream().filter(o -> o.owns(component.pid())).findFirst();
            VerticalLayout content = new VerticalLayout();
            content.setPadding(false);
            if (owner.isPresent()) {
                // shown for reference; the owner keeps the history, so it alone changes them (ADR 0006)
                Paragraph where = new Paragraph(getTranslation("platform.config.owned", owner.get().whereToChange()));
                where.addClassName("owned-configuration");
                content.add(where, new ConfigurationForm(component).readOnly());
            } else {
                content.add(new ConfigurationForm(component, services, actor));
            }
            Details details = new Details(component.name() + " — " + component.pid(), content);
            details.setWidthFull();
            add(details);
        }
    }

    private List<ConfigurationOwner> owners() {
        BundleContext context = services.bundleContext();
        try {
            List<ConfigurationOwner> owners = new ArrayList<>();
            for (ServiceReference<ConfigurationOwner> reference : context.getServiceReferences(ConfigurationOwner.class, null)) {
                ConfigurationOwner owner = context.getService(reference);
                if (owner != null) {
                    owners.add(owner);
                    context.ungetService(reference); // asked while the panel is built, not kept
                }
            }
            return owners;
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException("No filter was given", impossible);
        }
    }
}
