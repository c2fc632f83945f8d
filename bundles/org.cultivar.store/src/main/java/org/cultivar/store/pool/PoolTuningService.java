package org.cultivar.store.pool;

import java.util.Dictionary;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;

import com.zaxxer.hikari.HikariConfigMXBean;

/**
 * Applies the pool settings of Config Admin pid {@value PoolTuning#PID} to the running pool,
 * without reopening it: the size at once, the connection timeout at Hikari's next housekeeping
 * round (within 30 s). Described for Metatype in OSGI-INF/metatype/org.cultivar.store.xml.
 */
public final class PoolTuningService implements ManagedService {

    private final HikariConfigMXBean pool;

    public PoolTuningService(HikariConfigMXBean pool) {
        this.pool = pool;
    }

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        PoolTuning tuning = parse(properties);
        // a fixed-size pool (minimum idle = maximum), as Hikari recommends
        if (tuning.maximumPoolSize() < pool.getMaximumPoolSize()) {
            pool.setMinimumIdle(tuning.maximumPoolSize());
            pool.setMaximumPoolSize(tuning.maximumPoolSize());
        } else {
            pool.setMaximumPoolSize(tuning.maximumPoolSize());
            pool.setMinimumIdle(tuning.maximumPoolSize());
        }
        pool.setConnectionTimeout(tuning.connectionTimeoutMs());
    }

    static PoolTuning parse(Dictionary<String, ?> properties) throws ConfigurationException {
        if (properties == null) {
            return PoolTuning.DEFAULT;
        }
        try {
            long size = number(properties, PoolTuning.MAXIMUM_POOL_SIZE, PoolTuning.DEFAULT.maximumPoolSize());
            long timeout = number(properties, PoolTuning.CONNECTION_TIMEOUT, PoolTuning.DEFAULT.connectionTimeoutMs());
            if (size > Integer.MAX_VALUE) {
                throw new PoolTuning.InvalidTuningException(PoolTuning.MAXIMUM_POOL_SIZE, "is far too large");
            }
            return new PoolTuning((int) size, timeout);
        } catch (PoolTuning.InvalidTuningException e) {
            throw new ConfigurationException(e.property(), e.getMessage());
        }
    }

    /** Config Admin may hand over a number or, from a generic form, its text. */
    private static long number(Dictionary<String, ?> properties, String key, long fallback) {
        Object value = properties.get(key);
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new PoolTuning.InvalidTuningException(key, "must be a whole number, not '" + value + "'");
        }
    }
}
