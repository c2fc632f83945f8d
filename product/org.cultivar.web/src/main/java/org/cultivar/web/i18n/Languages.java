package org.cultivar.web.i18n;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/** The languages of the UI: Simplified Chinese by default, English on request. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

    private static final String SESSION_ATTRIBUTE = Languages.class.getName();

    private Languages() {
    }

    /** The language this session chose, or Chinese. */
    public static Locale chosen(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : CHINESE;
    }

    public static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_ATTRIBUTE, locale);
    }
}
