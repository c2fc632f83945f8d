package org.cultivar.web.platform;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServlet;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.web.osgi.FrameworkServices;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.security.RequiresRole;
import org.cultivar.web.shell.MainLayout;

/**
 * Features, bundles and configuration of the running product, changed without a restart.
 * Officials see and manage their region's features; bundles are for administrators.
 */
@Route(value = "platform", layout = MainLayout.class)
@RequiresRole({Role.ADMINISTRATOR, Role.OFFICIAL})
public class PlatformView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public PlatformView() {
        setId("platform-view");
        setSizeFull();
        FrameworkServices services = FrameworkServices.of(VaadinServlet.getCurrent().getServletContext());
        Actor actor = CurrentActor.require();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("platform.tab.features"), new FeaturesPanel(services, actor));
        if (actor.has(Role.ADMINISTRATOR)) {
            tabs.add(getTranslation("platform.tab.bundles"), new BundlesPanel(services, actor));
        }
        tabs.add(getTranslation("platform.tab.configuration"), new ConfigurationPanel(services, actor));
        add(new H2(getTranslation("nav.platform")), tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.platform") + " · " + getTranslation("app.title");
    }
}
