package org.cultivar.launcher.provisioning;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cultivar.core.api.platform.PlatformException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The framework steps features and uploads share: resolve all or explain, remove, refresh. */
final class BundleWiring {

    private static final Logger LOG = LoggerFactory.getLogger(BundleWiring.class);

    private BundleWiring() {
    }

    /** Resolves all or names the first missing requirement. */
    static void requireResolved(BundleContext context, List<Bundle> bundles) {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        if (wiring.resolveBundles(bundles)) {
            return;
        }
        for (Bundle bundle : bundles) {
            if (bundle.getState() == Bundle.INSTALLED && !isFragment(bundle)) {
                try {
                    bundle.start(Bundle.START_TRANSIENT); // fails with the resolver's explanation
                } catch (BundleException e) {
                    throw new PlatformException("bundle " + bundle.getSymbolicName() + " does not resolve: " + e.getMessage(), e);
                }
            }
        }
        throw new PlatformException("some bundles do not resolve");
    }

    static void uninstallQuietly(Bundle bundle) {
        try {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("Uninstalling {} failed: {}", bundle.getSymbolicName(), e.getMessage());
        }
    }

    /** Refreshes wiring after removals, and waits for it so the caller sees the result. */
    static void refresh(BundleContext context, List<Bundle> bundles) {
        if (bundles.isEmpty()) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(bundles, event -> done.countDown());
        try {
            done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    /** An exception's message for a person; its type where it has none. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
