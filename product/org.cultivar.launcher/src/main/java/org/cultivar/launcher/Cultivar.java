package org.cultivar.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import org.cultivar.core.api.platform.PlatformAdmin;
import org.cultivar.core.api.platform.PlatformException;
import org.cultivar.launcher.cli.LaunchOptions;
import org.cultivar.launcher.framework.EmbeddedFramework;
import org.cultivar.launcher.provisioning.DemoFeatures;
import org.cultivar.launcher.provisioning.DemoTargets;
import org.cultivar.launcher.provisioning.FeatureFileException;
import org.cultivar.launcher.provisioning.FeatureManager;
import org.cultivar.launcher.provisioning.FeatureRepository;
import org.cultivar.launcher.web.WebServer;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Cultivar: the framework with the platform and the installed features, then
 * the web server. Starting either completes or leaves nothing running behind it.
 */
public final class Cultivar implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Cultivar.class);
    private static final long PLATFORM_WAIT_MILLIS = 30_000;

    private final EmbeddedFramework framework;
    private final FeatureManager features;
    private final ServiceRegistration<PlatformAdmin> registration;
    private final WebServer web;
    private final PreviousRun run;

    private Cultivar(EmbeddedFramework framework, FeatureManager features,
                     ServiceRegistration<PlatformAdmin> registration, WebServer web, PreviousRun run) {
        this.framework = framework;
        this.features = features;
        this.registration = registration;
        this.web = web;
        this.run = run;
    }

    public static Cultivar start(LaunchOptions options, DataDirectory data, Path repository) throws StartupException {
        requirePortFree(options.port);
        if (!Files.isDirectory(repository)) {
            throw new StartupException("The feature repository " + repository + " does not exist; use the distribution in product/target");
        }
        long started = System.nanoTime();
        EmbeddedFramework framework = null;
        FeatureManager features = null;
        PreviousRun run = PreviousRun.begin(data);
        try {
            framework = EmbeddedFramework.start(data, frameworkProperties(options));
            run.verifyAuditTrailIfNeeded(framework.context());
            features = new FeatureManager(framework.context(), new FeatureRepository(repository));
            features.installPlatform();
            features.restoreInstalledFeatures(PLATFORM_WAIT_MILLIS);
            if (options.demo) {
                // after the restore, so that a restart finds them installed and installs nothing twice
                DemoFeatures.installMissing(features);
                DemoTargets.configureIfNone(features);
            }
            ServiceRegistration<PlatformAdmin> registration =
                    framework.context().registerService(PlatformAdmin.class, features, new Hashtable<>());
            WebServer web = WebServer.start(options.port, options.trustForwardedHeaders, framework.context(), data.root(),
                    run::describe);
            LOG.info("Cultivar started in {} ms", (System.nanoTime() - started) / 1_000_000);
            return new Cultivar(framework, features, registration, web, run);
        } catch (BundleException e) {
            stopQuietly(framework, features);
            run.startFailed();
            throw new StartupException(rootMessage(e), e);
        } catch (FeatureFileException | PlatformException | IOException e) {
            stopQuietly(framework, features);
            run.startFailed();
            throw new StartupException(e.getMessage(), e);
        } catch (StartupException e) {
            stopQuietly(framework, features);
            run.startFailed();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopQuietly(framework, features);
            run.startFailed();
            throw new StartupException("Start-up was interrupted");
        }
    }

    /** Sessions closed first, then every bundle stopped; the store closes the database. */
    @Override
    public void close() {
        LOG.info("Cultivar is stopping");
        web.stop();
        registration.unregister();
        stopQuietly(framework, features);
        // last, once the database is closed: a stop that dies before here is an unclean one
        run.end();
        LOG.info("Cultivar stopped");
    }

    static Map<String, String> frameworkProperties(LaunchOptions options) {
        Map<String, String> properties = new HashMap<>();
        if (options.dbUrl != null) {
            properties.put("cultivar.db.url", options.dbUrl);
        }
        if (options.dbUser != null) {
            properties.put("cultivar.db.user", options.dbUser);
        }
        if (options.dbPassword != null) {
            properties.put("cultivar.db.password", options.dbPassword);
        }
        properties.put("cultivar.demo", String.valueOf(options.demo));
        if (options.setupToken != null) {
            properties.put("cultivar.setup.token", options.setupToken);
        }
        return properties;
    }

    static void requirePortFree(int port) throws StartupException {
        if (port < 1 || port > 65535) {
            throw new StartupException("--port " + port + " is not a TCP port (1-65535)");
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new StartupException("Port " + port + " is already in use; choose another with --port");
        }
    }

    private static void stopQuietly(EmbeddedFramework framework, FeatureManager features) {
        if (features != null) {
            features.close();
        }
        if (framework != null) {
            framework.stop(10_000);
        }
    }

    /** The innermost message: "Cannot reach the database …" rather than "Activator start error". */
    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof BundleException && cause.getCause() instanceof BundleException) {
                cause = cause.getCause();
                continue;
            }
            if (cause instanceof BundleException && cause.getMessage() != null && !cause.getMessage().startsWith("Activator start error")) {
                break;
            }
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
