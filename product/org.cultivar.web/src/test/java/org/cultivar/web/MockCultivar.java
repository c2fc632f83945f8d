package org.cultivar.web;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.web.osgi.FrameworkServices;
import org.cultivar.web.security.SignIn;

/**
 * The Cultivar UI in Karibu's mock servlet: the launcher's part (the bundle context in the
 * servlet context) is done before Vaadin starts, so {@code CultivarServiceInitListener},
 * access control and the shell run as in production.
 */
public final class MockCultivar {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.cultivar.web");

    private MockCultivar() {
    }

    public static void start(Actor actor) {
        MockVaadin.setup(UI::new, new MockVaadinServlet(ROUTES, UI::new) {
            private static final long serialVersionUID = 1L;

            @Override
            public void init(ServletConfig config) throws ServletException {
                config.getServletContext().setAttribute(FrameworkServices.CONTEXT_ATTRIBUTE, EmbeddedFramework.context());
                super.init(config);
            }
        });
        SignIn.as(actor);
    }

    public static void stop() {
        MockVaadin.tearDown();
        EmbeddedFramework.clear();
    }
}
