package org.cultivar.web.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** The landing page, and the safe page tabs are sent to when their view's bundle stops. */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public HomeView() {
        setId("home-view");
        add(new H2(getTranslation("home.heading")), new Paragraph(getTranslation("home.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
