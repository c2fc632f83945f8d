package org.cultivar.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.felix.framework.Felix;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * A bare Felix framework, started once per test JVM, so that views find their services exactly
 * as in production: through {@code FrameworkServices} and the system bundle context. Tests
 * register in-memory fakes and withdraw them afterwards.
 */
public final class EmbeddedFramework {

    private static BundleContext context;
    private static final List<ServiceRegistration<?>> REGISTERED = new ArrayList<>();

    private EmbeddedFramework() {
    }

    public static synchronized BundleContext context() {
        if (context == null) {
            try {
                Felix felix = new Felix(Map.of(
                        Constants.FRAMEWORK_STORAGE, Files.createTempDirectory("cultivar-web-test").toString(),
                        Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
                felix.start();
                context = felix.getBundleContext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }
        return context;
    }

    public static synchronized <T> void register(Class<T> type, T service) {
        REGISTERED.add(context().registerService(type, service, null));
    }

    /** Withdraws every service a test registered. */
    public static synchronized void clear() {
        REGISTERED.forEach(ServiceRegistration::unregister);
        REGISTERED.clear();
    }
}
