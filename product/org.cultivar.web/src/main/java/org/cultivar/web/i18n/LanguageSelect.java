package org.cultivar.web.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** Switches the language of the whole session and reloads the page in it. */
public class LanguageSelect extends Select<Locale> {
    private static final long serialVersionUID = 1L;

    public LanguageSelect() {
        setId("language-select");
        setItems(Languages.ALL);
        setItemLabelGenerator(locale -> locale.equals(Languages.CHINESE) ? "中文" : "English");
        setValue(Languages.chosen(VaadinSession.getCurrent()));
        setAriaLabel("Language / 语言");
        setWidth("8em");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                Languages.choose(VaadinSession.getCurrent(), event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
