package org.cultivar.store.pool;

import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's DataSource goes through DriverManager, where its driver registers itself. The
 * JVM-wide DriverManager would keep a stopped or updated store's class loader alive, so the
 * store takes the driver out again when it stops.
 */
public final class DriverRegistrations {

    private static final Logger LOG = LoggerFactory.getLogger(DriverRegistrations.class);

    private DriverRegistrations() {
    }

    public static void release() {
        try {
            if (org.postgresql.Driver.isRegistered()) {
                org.postgresql.Driver.deregister();
            }
        } catch (SQLException e) {
            LOG.warn("Could not deregister the PostgreSQL driver", e);
        }
    }
}
