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
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Authentication;
import org.cultivar.core.api.ui.ViewContribution;
import org.cultivar.web.audit.AuditView;
import org.cultivar.web.i18n.LanguageSelect;
import org.cultivar.web.osgi.ContributedViews;
import org.cultivar.web.osgi.FrameworkServices;
import org.cultivar.web.platform.PlatformView;
import org.cultivar.web.registry.CultivationTargetsView;
import org.cultivar.web.registry.OversightView;
import org.cultivar.web.registry.ReevaluationView;
import org.cultivar.web.registry.RegistryImportView;
import org.cultivar.web.registry.RegistrySearchView;
import org.cultivar.web.reports.ReportsView;
import org.cultivar.web.security.AccessControl;
import org.cultivar.web.security.ChangePasswordDialog;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.security.SignOut;
import org.cultivar.web.subsidy.BatchesView;
import org.cultivar.web.subsidy.BudgetsView;
import org.cultivar.web.subsidy.SchedulesView;
import org.cultivar.web.subsidy.SubsidyWorklistView;
import org.cultivar.web.users.UsersView;

/** The shell every view sits in: header, language switch and the side navigation. */
public class MainLayout extends AppLayout {
    private static final long serialVersionUID = 1L;

    private final SideNav navigation = new SideNav();
    private Runnable unsubscribe = () -> { };

    public MainLayout() {
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span spacer = new Span();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, spacer, new LanguageSelect(), userMenu());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(spacer);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
        navigation.setId("main-navigation");
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
    }

    private com.vaadin.flow.component.Component userMenu() {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        CurrentActor.get().ifPresent(actor -> {
            MenuItem user = menu.addItem(actor.displayName() + " (" + actor.scope() + ")");
            user.getSubMenu().addItem(getTranslation("password.change"), e -> new ChangePasswordDialog(
                    FrameworkServices.of(VaadinServlet.getCurrent().getServletContext()).require(Authentication.class)).open());
            user.getSubMenu().addItem(getTranslation("security.signOut"), e -> SignOut.now()).setId("sign-out");
        });
        return menu;
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

    /** Only what the user may open; the services refuse the rest anyway. */
    private void rebuildNavigation(ContributedViews views) {
        navigation.removeAll();
        Actor actor = CurrentActor.get().orElse(null);
        if (actor == null) {
            return;
        }
        AccessControl access = new AccessControl(FrameworkServices.of(VaadinServlet.getCurrent().getServletContext()), views);
        navigation.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        navigation.addItem(new SideNavItem(getTranslation("nav.registry"), RegistrySearchView.class, VaadinIcon.FACTORY.create()));
        if (access.allowed(actor, ReevaluationView.class)) {
            navigation.addItem(new SideNavItem(getTranslation("nav.registryReevaluation"), ReevaluationView.class,
                    VaadinIcon.CALENDAR_CLOCK.create()));
        }
        if (access.allowed(actor, RegistryImportView.class)) {
            navigation.addItem(new SideNavItem(getTranslation("nav.registryImport"), RegistryImportView.class, VaadinIcon.UPLOAD.create()));
        }
        if (access.allowed(actor, OversightView.class)) {
            navigation.addItem(new SideNavItem(getTranslation("nav.registryOversight"), OversightView.class, VaadinIcon.FLAG.create()));
        }
        navigation.addItem(new SideNavItem(getTranslation("nav.registryTargets"), CultivationTargetsView.class, VaadinIcon.CHART.create()));
        if (access.allowed(actor, SubsidyWorklistView.class)) {
            navigation.addItem(new SideNavItem(getTranslation("nav.subsidies"), SubsidyWorklistView.class, VaadinIcon.MONEY.create()));
        }
        if (access.allowed(actor, BatchesView.class)) {
            navigation.addItem(new SideNavItem(getTranslation("nav.subsidyBatches"), BatchesView.class, VaadinIcon.BOOK_DOLLAR.create()));
        }
        if (access.allowed(actor, BudgetsView.class)) {
            navigation.addItem(new SideNavItem(getTranslation("nav.subsidyBudgets"), BudgetsView.class, VaadinIcon.PIGGY_BANK.create()));
        }
        if (access.allowed(actor, SchedulesView.class)) {
            navigation.addItem(new SideNavItem(getTranslation("nav.subsidySchedules"), SchedulesView.class, VaadinIcon.COGS.create()));
        }
        if (access.allowed(actor, ReportsView.class)) {
            navigation.addItem(new SideNavItem(getTranslation("nav.reports"), ReportsView.class, VaadinIcon.PRINT.create()));
        }
        for (ViewContribution contribution : views.current()) {
            if (actor.has(contribution.requiredRole())) {
                navigation.addItem(new SideNavItem(contribution.menuLabel(getLocale()), "/" + contribution.route(),
                        VaadinIcon.PUZZLE_PIECE.create()));
            }
        }
        if (access.allowed(actor, AuditView.class)) {
            navigation.addItem(new SideNavItem(getTranslation("nav.audit"), AuditView.class, VaadinIcon.CLIPBOARD_CHECK.create()));
        }
        if (access.allowed(actor, UsersView.class)) {
            navigation.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USERS.create()));
        }
        if (access.allowed(actor, PlatformView.class)) {
            navigation.addItem(new SideNavItem(getTranslation("nav.platform"), PlatformView.class, VaadinIcon.COG.create()));
        }
    }
}
