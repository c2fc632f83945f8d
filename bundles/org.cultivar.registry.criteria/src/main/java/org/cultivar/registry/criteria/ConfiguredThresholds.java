package org.cultivar.registry.criteria;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thresholds a component judges by. A new configuration replaces them only when it makes
 * sense; otherwise it is refused loudly (an error in the log naming every problem) and the
 * previous valid thresholds stay, so a typo never silently loosens or tightens the criteria.
 */
final class ConfiguredThresholds<T> {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredThresholds.class);

    private final String pid;
    private volatile T current;

    ConfiguredThresholds(String pid, T published) {
        this.pid = pid;
        this.current = published;
    }

    T current() {
        return current;
    }

    /** @return whether the configuration was taken */
    boolean update(Supplier<T> reading) {
        try {
            current = reading.get();
            return true;
        } catch (RefusedConfiguration refused) {
            LOG.error("Configuration {} refused, keeping the previous thresholds: {}", pid, refused.getMessage());
            return false;
        }
    }
}
