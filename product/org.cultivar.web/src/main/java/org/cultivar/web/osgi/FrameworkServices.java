package org.cultivar.web.osgi;

import jakarta.servlet.ServletContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The UI's only way to domain code: OSGi services looked up through the framework's system
 * bundle context, which the launcher leaves in the servlet context. Trackers are opened once
 * per service type and follow services as bundles come and go.
 */
public final class FrameworkServices {

    /** Servlet context attribute under which the launcher stores the system bundle context. */
    public static final String CONTEXT_ATTRIBUTE = BundleContext.class.getName();

    private static final String INSTANCE_ATTRIBUTE = FrameworkServices.class.getName();

    private final BundleContext bundleContext;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();

    FrameworkServices(BundleContext bundleContext) {
        this.bundleContext = bundleContext;
    }

    public static FrameworkServices of(ServletContext servletContext) {
        synchronized (servletContext) {
            FrameworkServices services = (FrameworkServices) servletContext.getAttribute(INSTANCE_ATTRIBUTE);
            if (services == null) {
                BundleContext context = (BundleContext) servletContext.getAttribute(CONTEXT_ATTRIBUTE);
                if (context == null) {
                    throw new IllegalStateException("The web application was started without an OSGi framework");
                }
                services = new FrameworkServices(context);
                servletContext.setAttribute(INSTANCE_ATTRIBUTE, services);
            }
            return services;
        }
    }

    public BundleContext bundleContext() {
        return bundleContext;
    }

    /** The highest-ranked service of the type, if one is registered now. */
    public <T> Optional<T> find(Class<T> type) {
        ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(type, t -> {
            ServiceTracker<?, ?> created = new ServiceTracker<>(bundleContext, t, null);
            created.open();
            return created;
        });
        return Optional.ofNullable(type.cast(tracker.getService()));
    }

    /** The service, or an exception whose message says which part of the product is not running. */
    public <T> T require(Class<T> type) {
        return find(type).orElseThrow(() -> new ServiceUnavailableException(type));
    }

    public void close() {
        trackers.values().forEach(ServiceTracker::close);
        trackers.clear();
    }
}
