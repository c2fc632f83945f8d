package org.cultivar.web.registry;

import com.vaadin.flow.server.VaadinServlet;
import java.util.Optional;
import org.cultivar.web.osgi.FrameworkServices;

/**
 * The registry's services as a page finds them: any of them may be missing while its bundle
 * is stopped or being replaced, and the page then says so instead of failing.
 */
final class RegistryServices {

    private RegistryServices() {
    }

    static <T> Optional<T> find(Class<T> type) {
        return FrameworkServices.of(VaadinServlet.getCurrent().getServletContext()).find(type);
    }
}
