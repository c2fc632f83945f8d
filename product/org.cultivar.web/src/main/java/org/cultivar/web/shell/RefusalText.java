package org.cultivar.web.shell;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.cultivar.core.api.security.AccessDeniedException;

/** A refusal in the person's language where the service worded it in both; its message otherwise. */
public final class RefusalText {

    private RefusalText() {
    }

    public static String of(Throwable refusal) {
        if (refusal instanceof AccessDeniedException denied && chinese()) {
            return denied.chinese();
        }
        return refusal.getMessage();
    }

    private static boolean chinese() {
        UI ui = UI.getCurrent();
        return ui == null || Locale.CHINESE.getLanguage().equals(ui.getLocale().getLanguage());
    }
}
