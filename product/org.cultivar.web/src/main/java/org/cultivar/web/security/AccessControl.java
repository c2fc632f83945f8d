package org.cultivar.web.security;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import java.util.Arrays;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Authentication;
import org.cultivar.core.api.ui.ViewContribution;
import org.cultivar.web.osgi.ContributedViews;
import org.cultivar.web.osgi.FrameworkServices;
import org.cultivar.web.shell.HomeView;

/**
 * Runs before every navigation: anonymous users go to sign-in (or to first-start setup while
 * no administrator exists); signed-in users reach only views their roles allow, host views by
 * {@link RequiresRole}, contributed views by {@link ViewContribution#requiredRole()}.
 */
public final class AccessControl implements BeforeEnterListener {
    private static final long serialVersionUID = 1L;

    private final transient FrameworkServices services;
    private final transient ContributedViews contributions;

    public AccessControl(FrameworkServices services, ContributedViews contributions) {
        this.services = services;
        this.contributions = contributions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicView.class)) {
            return;
        }
        Optional<Actor> actor = CurrentActor.get();
        if (actor.isEmpty()) {
            boolean setup = services.find(Authentication.class).map(Authentication::setupRequired).orElse(false);
            if (!setup) {
                LoginView.rememberRequested(event.getUI(), event.getLocation().getPathWithQueryParameters());
            }
            event.rerouteTo(setup ? SetupView.class : LoginView.class);
            return;
        }
        if (!allowed(actor.get(), target)) {
            event.rerouteTo(HomeView.class);
            Notification.show(event.getUI().getTranslation("security.forbidden"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Whether the actor may open a view of this class. */
    public boolean allowed(Actor actor, Class<?> target) {
        RequiresRole required = target.getAnnotation(RequiresRole.class);
        if (required != null) {
            return Arrays.stream(required.value()).anyMatch(actor::has);
        }
        return contributions.current().stream().filter(c -> c.viewClass().equals(target))
                .allMatch(c -> actor.has(c.requiredRole()));
    }
}
