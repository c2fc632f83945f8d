package org.cultivar.web.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.cultivar.core.api.platform.PlatformException;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.web.osgi.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a person what went wrong in words, never a stack trace or SQL: refusals carry their
 * own message; anything unexpected is logged with a reference the person can quote.
 */
public class FriendlyErrorHandler implements ErrorHandler {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        String message;
        Throwable cause = rootRefusal(error);
        if (cause instanceof PlatformException || cause instanceof AccessDeniedException) {
            message = RefusalText.of(cause);
        } else if (cause instanceof ServiceUnavailableException) {
            message = translate(ui, "error.serviceUnavailable");
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Unexpected error, reference {}", reference, error);
            message = translate(ui, "error.unexpected") + " (" + reference + ")";
        }
        if (ui != null) {
            ui.access(() -> Notification.show(message, 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private static Throwable rootRefusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PlatformException || t instanceof AccessDeniedException || t instanceof ServiceUnavailableException) {
                return t;
            }
        }
        return error;
    }

    private static String translate(UI ui, String key) {
        return ui != null ? ui.getTranslation(key) : key;
    }
}
