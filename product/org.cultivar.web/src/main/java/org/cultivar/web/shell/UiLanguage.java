package org.cultivar.web.shell;

import com.vaadin.flow.component.UI;
import java.util.Locale;

/** Whether the person reads the pages in Chinese: the UI's language, Chinese where there is no UI (the product's default). */
public final class UiLanguage {

    private UiLanguage() {
    }

    public static boolean chinese() {
        UI ui = UI.getCurrent();
        return ui == null || Locale.CHINESE.getLanguage().equals(ui.getLocale().getLanguage());
    }
}
