package org.cultivar.web.security;

import org.cultivar.core.api.security.Actor;

/** Signs a test user into the mock session, as {@link LoginView} does after the service accepted them. */
public final class SignIn {

    private SignIn() {
    }

    public static void as(Actor actor) {
        CurrentActor.set(actor);
    }
}
