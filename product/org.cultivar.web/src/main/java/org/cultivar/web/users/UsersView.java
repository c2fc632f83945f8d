package org.cultivar.web.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServlet;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.UserAccount;
import org.cultivar.core.api.security.UserDirectory;
import org.cultivar.web.osgi.FrameworkServices;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.security.RequiresRole;
import org.cultivar.web.shell.MainLayout;

/** Administrators manage accounts: create, edit roles and scope, reset passwords, unlock. */
@Route(value = "users", layout = MainLayout.class)
@RequiresRole(Role.ADMINISTRATOR)
public class UsersView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter SHANGHAI_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final transient UserDirectory directory =
            FrameworkServices.of(VaadinServlet.getCurrent().getServletContext()).require(UserDirectory.class);
    private final Grid<UserAccount> grid = new Grid<>();

    public UsersView() {
        setId("users-view");
        setSizeFull();
        grid.setId("users-grid");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("login.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.displayName")).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("users.roles")).setAutoWidth(true);
        grid.addColumn(u -> u.scope().code()).setHeader(getTranslation("users.scope"));
        grid.addColumn(u -> getTranslation(u.active() ? "users.active" : "users.inactive")).setHeader(getTranslation("users.status"));
        grid.addColumn(u -> u.lockedUntil() == null ? "" : SHANGHAI_TIME.format(u.lockedUntil())).setHeader(getTranslation("users.lockedUntil")).setAutoWidth(true);
        grid.addColumn(u -> u.lastSignIn() == null ? "" : SHANGHAI_TIME.format(u.lastSignIn())).setHeader(getTranslation("users.lastSignIn")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("platform.actions")).setAutoWidth(true);
        Button create = new Button(getTranslation("users.create"), e -> new UserDialog(directory, null, this::refresh).open());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.users")), create, grid);
        refresh();
    }

    private HorizontalLayout actions(UserAccount account) {
        Button edit = new Button(getTranslation("users.edit"), e -> new UserDialog(directory, account, this::refresh).open());
        Button reset = new Button(getTranslation("users.resetPassword"), e -> new ResetPasswordDialog(directory, account).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(edit, reset);
        if (account.lockedUntil() != null) {
            Button unlock = new Button(getTranslation("users.unlock"), e -> {
                directory.unlock(CurrentActor.require(), account.username());
                refresh();
            });
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(unlock);
        }
        return actions;
    }

    private void refresh() {
        grid.setItems(directory.list(CurrentActor.require()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · " + getTranslation("app.title");
    }
}
