package org.cultivar.web.shell;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import java.net.URL;

/**
 * Vaadin's servlet with one repair for embedded Jetty 12: Vaadin checks a static resource
 * (such as the push script) with {@code Path.of(url.toURI())}, which fails for resources
 * inside jars whose zip file system Jetty has already unmounted. Static files from jars'
 * {@code META-INF/resources} are therefore looked up through the class loader first.
 */
public class CultivarServlet extends VaadinServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            private static final long serialVersionUID = 1L;

            @Override
            public URL getStaticResource(String path) {
                if (path == null || path.contains("..")) {
                    return null;
                }
                URL inJar = getClassLoader().getResource("META-INF/resources" + (path.startsWith("/") ? path : "/" + path));
                return inJar != null ? inJar : super.getStaticResource(path);
            }
        };
        service.init();
        return service;
    }
}
