package org.cultivar.launcher;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Host logging: Logback writes to the console and a rolling file under the data directory.
 * Framework and bundle logs arrive here too (bundles import org.slf4j from the host; the
 * framework's own logger is bridged by {@code FelixLogger}; java.util.logging is bridged).
 */
public final class Logging {

    private Logging() {
    }

    public static void configure(DataDirectory data) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        context.putProperty("LOG_DIR", data.logs().toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL config = Logging.class.getResource("/cultivar-logback.xml");
        try {
            configurator.doConfigure(config);
        } catch (JoranException e) {
            System.err.println("cultivar: logging configuration failed: " + e.getMessage());
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    public static void shutdown() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
    }
}
