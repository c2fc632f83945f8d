package org.cultivar.web.platform;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Supplier;
import org.cultivar.core.api.platform.PlatformException;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.web.shell.RefusalText;

/** Runs a platform action and tells the person how it went, in words. */
final class Notices {

    private Notices() {
    }

    static boolean attempt(Runnable action, String success) {
        closeEarlierNotices();
        try {
            action.run();
            Notification.show(success, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (PlatformException | AccessDeniedException refused) {
            showRefusal(refused);
            return false;
        }
    }

    /** Asks the service something; a refusal is shown and yields nothing. */
    static <T> Optional<T> obtain(Supplier<T> query) {
        closeEarlierNotices();
        try {
            return Optional.of(query.get());
        } catch (PlatformException | AccessDeniedException refused) {
            showRefusal(refused);
            return Optional.empty();
        }
    }

    private static void showRefusal(RuntimeException refused) {
        Notification notice = new Notification(RefusalText.of(refused), 10000, Notification.Position.TOP_CENTER);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.open();
    }

    /** A new attempt makes the outcome of the previous one moot. */
    private static void closeEarlierNotices() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getChildren().filter(Notification.class::isInstance).map(Notification.class::cast).toList()
                    .forEach(Notification::close);
        }
    }
}
