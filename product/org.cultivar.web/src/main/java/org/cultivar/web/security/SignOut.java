package org.cultivar.web.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/** Ends the session on the server and sends the browser to sign-in. */
public final class SignOut {

    private SignOut() {
    }

    public static void now() {
        UI ui = UI.getCurrent();
        ui.getPage().setLocation("login");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
