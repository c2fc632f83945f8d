package org.cultivar.web.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServlet;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Authentication;
import org.cultivar.core.api.security.SignInFailedException;
import org.cultivar.web.osgi.FrameworkServices;
import org.cultivar.web.shell.RefusalText;

/**
 * First start: creates the administrator with the one-time setup token printed on the
 * console. Open only while no administrator exists.
 */
@Route("setup")
@PublicView
public class SetupView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    /** Form state for the binder. */
    public static final class SetupForm {
        String token = "";
        String username = "";
        String displayName = "";
        String password = "";
        String repeat = "";
    }

    private final transient Authentication authentication =
            FrameworkServices.of(VaadinServlet.getCurrent().getServletContext()).require(Authentication.class);

    public SetupView() {
        setId("setup-view");
        setMaxWidth("40em");
        TextField token = new TextField(getTranslation("setup.token"));
        token.setId("setup-token");
        TextField username = new TextField(getTranslation("login.username"));
        username.setId("setup-username");
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setId("setup-display-name");
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setId("setup-password");
        password.setHelperText(getTranslation("password.rules"));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setId("setup-repeat");

        Binder<SetupForm> binder = new Binder<>();
        binder.forField(token).asRequired(getTranslation("setup.tokenRequired")).bind(f -> f.token, (f, v) -> f.token = v);
        binder.forField(username).asRequired(getTranslation("users.usernameRequired")).bind(f -> f.username, (f, v) -> f.username = v);
        binder.forField(displayName).asRequired(getTranslation("users.displayNameRequired"))
                .bind(f -> f.displayName, (f, v) -> f.displayName = v);
        binder.forField(password).asRequired(getTranslation("password.required")).bind(f -> f.password, (f, v) -> f.password = v);
        binder.forField(repeat).withValidator(v -> v.equals(password.getValue()), getTranslation("password.mismatch"))
                .bind(f -> f.repeat, (f, v) -> f.repeat = v);
        SetupForm form = new SetupForm();
        binder.setBean(form);

        Button create = new Button(getTranslation("setup.create"), e -> {
            if (binder.validate().isOk()) {
                create(form, token);
            }
        });
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("setup.heading")), new Paragraph(getTranslation("setup.intro")),
                new FormLayout(token, username, displayName, password, repeat), create);
    }

    private void create(SetupForm form, TextField tokenField) {
        try {
            Actor administrator = authentication.completeSetup(form.token.strip(), form.username.strip(), form.displayName.strip(),
                    form.password.toCharArray());
            VaadinService.reinitializeSession(VaadinRequest.getCurrent());
            CurrentActor.set(administrator);
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (SignInFailedException | AccessDeniedException | IllegalArgumentException refused) {
            tokenField.setInvalid(true);
            tokenField.setErrorMessage(RefusalText.of(refused));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!authentication.setupRequired()) {
            event.forwardTo(LoginView.class);
        }
    }
}
