package org.cultivar.web.audit;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * An audit action as an auditor reads it: "授予称号（title.granted）". The code stays beside the
 * name because the filter searches by it and because bundles installed later may record actions
 * the translations do not know yet; those show their code alone.
 */
final class AuditActions {

    private static final String KEY = "audit.action.";

    private AuditActions() {
    }

    static String label(String action) {
        if (action == null || action.isBlank()) {
            return "";
        }
        String key = KEY + action;
        String name = I18NProvider.translate(key);
        return name == null || name.isBlank() || name.contains(key) ? action : name + "（" + action + "）";
    }
}
