package org.cultivar.web.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletContext;
import org.cultivar.web.i18n.Languages;
import org.cultivar.web.osgi.ContributedViews;
import org.cultivar.web.osgi.FrameworkServices;
import org.cultivar.web.osgi.OpenUis;
import org.cultivar.web.security.AccessControl;

/**
 * Wires the Vaadin service to the framework when it starts: contributed views, the
 * language of new tabs, the list of open tabs and an error handler that never shows a
 * stack trace.
 */
public class CultivarServiceInitListener implements VaadinServiceInitListener {
    private static final long serialVersionUID = 1L;

    private static final String VIEWS_ATTRIBUTE = ContributedViews.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        ServletContext servletContext = ((VaadinServletService) service).getServlet().getServletContext();
        OpenUis openUis = new OpenUis();
        ContributedViews views = new ContributedViews(
                FrameworkServices.of(servletContext).bundleContext(),
                service.getContext(), MainLayout.class, openUis, CultivarServiceInitListener::leaveRemovedView);
        servletContext.setAttribute(VIEWS_ATTRIBUTE, views);
        views.open();
        service.addServiceDestroyListener(e -> {
            views.close();
            FrameworkServices.of(servletContext).close();
        });

        service.addSessionInitListener(e -> e.getSession().setErrorHandler(new FriendlyErrorHandler()));
        AccessControl access = new AccessControl(FrameworkServices.of(servletContext), views);
        service.addUIInitListener(e -> {
            UI ui = e.getUI();
            ui.setLocale(Languages.chosen(VaadinSession.getCurrent()));
            ui.addBeforeEnterListener(access);
            openUis.add(ui);
        });
    }

    public static ContributedViews contributedViews(ServletContext servletContext) {
        return (ContributedViews) servletContext.getAttribute(VIEWS_ATTRIBUTE);
    }

    private static void leaveRemovedView(UI ui) {
        ui.navigate(HomeView.class);
        Notification notice = Notification.show(ui.getTranslation("shell.viewRemoved"), 8000, Notification.Position.TOP_CENTER);
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }
}
