package org.cultivar.web.shell;

import org.cultivar.core.api.security.AccessDeniedException;

/** A refusal in the person's language where the service worded it in both; its message otherwise. */
public final class RefusalText {

    private RefusalText() {
    }

    public static String of(Throwable refusal) {
        if (refusal instanceof AccessDeniedException denied && UiLanguage.chinese()) {
            return denied.chinese();
        }
        return refusal.getMessage();
    }
}
