package org.cultivar.web.security;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinService;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Authentication;
import org.cultivar.core.api.security.SignInFailedException;
import org.cultivar.web.i18n.LanguageSelect;
import org.cultivar.web.osgi.FrameworkServices;

/** Sign-in. A new session id is issued on success, so a session id seen before sign-in is worthless after. */
@Route("login")
@PublicView
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    /**
     * Kept on the browser tab's UI, not the session: the page this tab asked for before sign-in
     * stood in the way. Another tab of the same browser that reloads anonymously (a long-polling
     * tab whose session went away) asks for its own page and must not send this sign-in there.
     */
    private static final String REQUESTED = "cultivar.requestedBeforeSignIn";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setId("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setI18n(texts(getTranslation("login.failedHint")));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(event -> signIn(event.getUsername(), event.getPassword()));
        add(new LanguageSelect(), form);
    }

    private void signIn(String username, String password) {
        Authentication authentication = FrameworkServices.of(VaadinServlet.getCurrent().getServletContext())
                .require(Authentication.class);
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            Actor actor = authentication.signIn(username, password.toCharArray(), request.getRemoteAddr());
            VaadinService.reinitializeSession(request);
            CurrentActor.set(actor);
            getUI().ifPresent(ui -> {
                ui.getPage().setLocation(afterSignIn(takeRequested(ui)));
            });
        } catch (SignInFailedException refused) {
            form.setI18n(texts(refused.getMessage())); // the service's words: generic, or locked until when
            form.setError(true);
        }
    }

    /** Keeps the page an anonymous person asked for in this tab; the UI lives on through sign-in's session change. */
    static void rememberRequested(UI tab, String requested) {
        ComponentUtil.setData(tab, REQUESTED, requested);
    }

    /** The page this tab asked for before sign-in ("" if none), forgotten once taken. */
    static String takeRequested(UI tab) {
        Object requested = ComponentUtil.getData(tab, REQUESTED);
        ComponentUtil.setData(tab, REQUESTED, null);
        return requested == null ? "" : requested.toString();
    }

    /**
     * Where a signed-in person goes: the page they asked for when sign-in stood in its way, home
     * from the sign-in page itself. A whole page load rather than a navigation inside the page,
     * so that everything the browser asks for next goes out with the session the sign-in issued,
     * not the replaced one. Kept relative ("./"), so that no address can lead off the site.
     */
    static String afterSignIn(String requested) {
        String path = requested.replaceFirst("^[/\\\\]+", "");
        return path.isEmpty() || path.equals("login") || path.startsWith("login?") ? "./" : "./" + path;
    }

    private LoginI18n texts(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("app.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.failed"));
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentActor.get().isPresent()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.submit") + " · " + getTranslation("app.title");
    }
}
