package org.cultivar.web.osgi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.cultivar.core.api.ui.ViewContribution;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI extension point's host side: follows {@link ViewContribution} services and adds or
 * removes their routes in the application route registry (outside a request, hence
 * {@code forRegistry} rather than {@code forApplicationScope}). When a contribution goes
 * away, every open tab that shows its view is sent to the home page with a notice.
 */
public final class ContributedViews implements ServiceTrackerCustomizer<ViewContribution, ViewContribution> {

    private static final Logger LOG = LoggerFactory.getLogger(ContributedViews.class);

    private final BundleContext bundleContext;
    private final RouteConfiguration routes;
    private final Class<? extends RouterLayout> layout;
    private final OpenUis openUis;
    private final Consumer<UI> evict;
    private final Map<ServiceReference<ViewContribution>, ViewContribution> active = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private ServiceTracker<ViewContribution, ViewContribution> tracker;

    public ContributedViews(BundleContext bundleContext, VaadinContext vaadinContext,
                            Class<? extends RouterLayout> layout, OpenUis openUis, Consumer<UI> evict) {
        this.bundleContext = bundleContext;
        this.routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(vaadinContext));
        this.layout = layout;
        this.openUis = openUis;
        this.evict = evict;
    }

    public void open() {
        tracker = new ServiceTracker<>(bundleContext, ViewContribution.class, this);
        tracker.open();
    }

    public void close() {
        if (tracker != null) {
            tracker.close();
        }
    }

    /** The contributions registered now, in menu order. */
    public List<ViewContribution> current() {
        return active.values().stream()
                .sorted(Comparator.comparingInt(ViewContribution::order).thenComparing(ViewContribution::route))
                .toList();
    }

    /** Called (on a framework thread) whenever the set of contributions changes. */
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public ViewContribution addingService(ServiceReference<ViewContribution> reference) {
        ViewContribution contribution = bundleContext.getService(reference);
        if (contribution == null) {
            return null;
        }
        String route = contribution.route();
        if (routes.isPathAvailable(route)) {
            LOG.warn("Route /{} of bundle {} is already taken; the contribution is ignored",
                    route, reference.getBundle().getSymbolicName());
            bundleContext.ungetService(reference);
            return null;
        }
        routes.setRoute(route, contribution.viewClass(), List.of(layout));
        active.put(reference, contribution);
        LOG.info("View /{} added by bundle {}", route, reference.getBundle().getSymbolicName());
        fireChange();
        return contribution;
    }

    @Override
    public void modifiedService(ServiceReference<ViewContribution> reference, ViewContribution contribution) {
        fireChange();
    }

    @Override
    public void removedService(ServiceReference<ViewContribution> reference, ViewContribution contribution) {
        active.remove(reference);
        routes.removeRoute(contribution.route());
        Class<? extends Component> viewClass = contribution.viewClass();
        openUis.forEach(ui -> ui.access(() -> {
            boolean showsRemovedView = ui.getInternals().getActiveRouterTargetsChain().stream()
                    .anyMatch(viewClass::isInstance);
            if (showsRemovedView) {
                evict.accept(ui);
            }
        }));
        bundleContext.ungetService(reference);
        LOG.info("View /{} removed", contribution.route());
        fireChange();
    }

    private void fireChange() {
        listeners.forEach(Runnable::run);
    }
}
