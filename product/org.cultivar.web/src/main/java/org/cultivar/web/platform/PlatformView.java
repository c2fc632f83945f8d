package org.cultivar.web.platform;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServlet;
import org.cultivar.web.osgi.FrameworkServices;
import org.cultivar.web.shell.HomeView;
import org.cultivar.web.shell.MainLayout;

/** Features, bundles and configuration of the running product, changed without a restart. */
@Route(value = "platform", layout = MainLayout.class)
public class PlatformView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public PlatformView() {
        setId("platform-view");
        setSizeFull();
        FrameworkServices services = FrameworkServices.of(VaadinServlet.getCurrent().getServletContext());
        Div guardNotice = new Div(getTranslation("platform.devGuard"));
        guardNotice.setId("development-guard-notice");
        guardNotice.getStyle()
                .set("background", "var(--lumo-warning-color-10pct, #fff4d6)")
                .set("border-left", "4px solid var(--lumo-warning-color, #ffc233)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("platform.tab.features"), new FeaturesPanel(services));
        tabs.add(getTranslation("platform.tab.bundles"), new BundlesPanel(services));
        tabs.add(getTranslation("platform.tab.configuration"), new ConfigurationPanel(services));
        add(new H2(getTranslation("nav.platform")), guardNotice, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!DevelopmentGuard.allows(VaadinRequest.getCurrent())) {
            event.forwardTo(HomeView.class);
            Notification.show(getTranslation("platform.localOnly"), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.platform") + " · " + getTranslation("app.title");
    }
}
