package org.cultivar.web.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServlet;
import org.cultivar.core.api.ui.ViewContribution;
import org.cultivar.web.i18n.LanguageSelect;
import org.cultivar.web.osgi.ContributedViews;
import org.cultivar.web.platform.PlatformView;

/** The shell every view sits in: header, language switch and the side navigation. */
public class MainLayout extends AppLayout {
    private static final long serialVersionUID = 1L;

    private final SideNav navigation = new SideNav();
    private Runnable unsubscribe = () -> { };

    public MainLayout() {
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span spacer = new Span();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, spacer, new LanguageSelect());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(spacer);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
        navigation.setId("main-navigation");
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ContributedViews views = CultivarServiceInitListener.contributedViews(VaadinServlet.getCurrent().getServletContext());
        rebuildNavigation(views);
        unsubscribe = views.onChange(() -> ui.access(() -> rebuildNavigation(views)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
    }

    private void rebuildNavigation(ContributedViews views) {
        navigation.removeAll();
        navigation.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        for (ViewContribution contribution : views.current()) {
            navigation.addItem(new SideNavItem(contribution.menuLabel(getLocale()), "/" + contribution.route(),
                    VaadinIcon.PUZZLE_PIECE.create()));
        }
        navigation.addItem(new SideNavItem(getTranslation("nav.platform"), PlatformView.class, VaadinIcon.COG.create()));
    }
}
