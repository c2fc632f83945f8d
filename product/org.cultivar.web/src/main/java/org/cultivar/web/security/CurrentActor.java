package org.cultivar.web.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;

/** The signed-in user of this browser session; the services check everything again. */
public final class CurrentActor {

    private static final String ATTRIBUTE = CurrentActor.class.getName();

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((Actor) session.getAttribute(ATTRIBUTE));
    }

    /** The actor, for views that are only reachable signed in. */
    public static Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("Not signed in"));
    }

    static void set(Actor actor) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, actor);
    }
}
