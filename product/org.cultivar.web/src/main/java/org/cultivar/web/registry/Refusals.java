package org.cultivar.web.registry;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Supplier;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.web.shell.RefusalText;

/** Tells the person, in the service's words, why the registry refused what they asked. */
final class Refusals {

    private Refusals() {
    }

    static void show(String message) {
        Notification notice = new Notification(message, 10000, Notification.Position.TOP_CENTER);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.open();
    }

    static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Asks the registry something; a refusal is shown and yields nothing. */
    static <T> Optional<T> obtain(Supplier<T> query) {
        try {
            return Optional.ofNullable(query.get());
        } catch (AccessDeniedException denied) {
            show(RefusalText.of(denied));
            return Optional.empty();
        } catch (InvalidInputException refused) {
            show(RefusalText.of(refused));
            return Optional.empty();
        }
    }
}
