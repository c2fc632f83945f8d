package org.cultivar.launcher.framework;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.felix.framework.FrameworkFactory;
import org.cultivar.launcher.DataDirectory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apache Felix inside the host process. The bundle cache is cleaned at each start: which
 * features are installed comes from the database, their bundles from the repository, so
 * every node and every restart build the same framework.
 */
public final class EmbeddedFramework {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFramework.class);

    private final Framework framework;

    private EmbeddedFramework(Framework framework) {
        this.framework = framework;
    }

    public static EmbeddedFramework start(DataDirectory data, Map<String, String> properties) throws BundleException, IOException {
        Map<String, Object> config = new HashMap<>(properties);
        config.put(Constants.FRAMEWORK_STORAGE, data.frameworkCache().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.exportList(EmbeddedFramework.class.getClassLoader()));
        config.put("felix.log.logger", new FelixLogger());
        config.put("felix.log.level", "2");
        config.put("felix.cm.dir", data.configuration().toString());
        config.put("ds.loglevel", "warn");
        config.put("cultivar.data.dir", data.root().toString());
        // Felix's own factory accepts object values such as the logger instance
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.init();
        framework.start();
        LOG.info("OSGi framework {} {} started", framework.getSymbolicName(), framework.getVersion());
        return new EmbeddedFramework(framework);
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    public int state() {
        return framework.getState();
    }

    public FrameworkWiring wiring() {
        return framework.adapt(FrameworkWiring.class);
    }

    /** Stops every bundle in reverse start order and waits for the framework to end. */
    public void stop(long waitMillis) {
        try {
            framework.stop();
            framework.waitForStop(waitMillis);
        } catch (BundleException e) {
            LOG.warn("Framework stop failed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
