package org.cultivar.launcher.web;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.cultivar.launcher.StartupException;
import org.cultivar.web.osgi.FrameworkServices;
import org.cultivar.web.shell.CultivarServlet;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty 12 (ee10) serving the Vaadin UI in production mode and {@code /health}. A
 * WebAppContext is used because Vaadin finds its routes and initializers through servlet
 * annotation scanning. The scan is limited to Vaadin Flow's own jars and Cultivar's web jar:
 * the component jars hold nothing Vaadin's initializers look for in production mode, and
 * scanning them doubled the start-up time.
 */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** Jars whose classes Jetty scans for {@code @HandlesTypes}: Vaadin Flow and the Cultivar web module. */
    static final String SCANNED_JARS = ".*/(flow-[^/]*|org\\.cultivar\\.web[^/]*)\\.jar$|.*/org\\.cultivar\\.web/target/classes/?$";

    private final Server server;

    private WebServer(Server server) {
        this.server = server;
    }

    /** Idle minutes before a session ends and its user must sign in again. */
    static final int SESSION_TIMEOUT_MINUTES = 30;

    /** {@code previousRun}: what {@code /health} says of how the last run on this data stopped. */
    public static WebServer start(int port, boolean trustForwardedHeaders, BundleContext framework, Path workDirectory,
                                  Supplier<Map<String, Object>> previousRun) throws StartupException {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        if (trustForwardedHeaders) {
            // only behind a TLS-terminating proxy that sets them: X-Forwarded-Proto makes requests secure
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(port);
        server.addConnector(connector);
        server.setStopAtShutdown(false); // the launcher stops Jetty before the framework
        server.setStopTimeout(5000);
        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath("/");
        try {
            Path base = Files.createDirectories(workDirectory.resolve("webapp"));
            webapp.setBaseResource(ResourceFactory.of(webapp).newResource(base));
        } catch (IOException e) {
            throw new StartupException("Cannot prepare the web directory under " + workDirectory + ": " + e.getMessage(), e);
        }
        webapp.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern", SCANNED_JARS);
        webapp.setConfigurationDiscovered(true);
        webapp.setParentLoaderPriority(true); // one copy of every class: the host's
        webapp.setThrowUnavailableOnStartupException(true);
        webapp.setAttribute(FrameworkServices.CONTEXT_ATTRIBUTE, framework);
        // Logback would otherwise stop the host's logging when the web context is destroyed,
        // before the framework has logged its own shutdown
        webapp.setInitParameter("logbackDisableServletContainerInitializer", "true");
        webapp.getSessionHandler().setHttpOnly(true);
        webapp.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        webapp.getSessionHandler().setSecureRequestOnly(true); // Secure cookie whenever the original request was HTTPS
        webapp.getSessionHandler().setMaxInactiveInterval(SESSION_TIMEOUT_MINUTES * 60);
        webapp.setErrorHandler(new PlainErrorHandler());
        webapp.addFilter(SecurityHeadersFilter.class, "/*", java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));

        webapp.addServlet(new ServletHolder("health", new HealthServlet(framework, previousRun)), "/health");
        ServletHolder vaadin = new ServletHolder("vaadin", CultivarServlet.class);
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        webapp.addServlet(vaadin, "/*");
        server.setHandler(webapp);
        try {
            server.start();
        } catch (BindException e) {
            stopQuietly(server);
            throw new StartupException("Port " + port + " is already in use; choose another with --port");
        } catch (Exception e) {
            stopQuietly(server);
            throw new StartupException("The web server did not start: " + e.getMessage(), e);
        }
        LOG.info("Cultivar serves http://localhost:{}/", port);
        return new WebServer(server);
    }

    /** Closes sessions and connections; waits up to the stop timeout. */
    public void stop() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Web server stop failed: {}", e.getMessage());
        }
    }
}
