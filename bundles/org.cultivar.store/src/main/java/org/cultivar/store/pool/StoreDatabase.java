package org.cultivar.store.pool;

import java.time.Duration;

import javax.sql.DataSource;

import org.cultivar.store.api.Database;

/** The {@link Database} service: which database, where, and whether it answers. */
public final class StoreDatabase implements Database {

    /** Database.reachable() promises an answer within a second or two. */
    static final Duration PATIENCE = Duration.ofMillis(1_500);

    private final DatabaseSettings settings;
    private final ReachabilityProbe probe;

    public StoreDatabase(DatabaseSettings settings, DataSource dataSource) {
        this.settings = settings;
        this.probe = new ReachabilityProbe(dataSource, PATIENCE);
    }

    @Override
    public Kind kind() {
        return settings.kind();
    }

    @Override
    public String url() {
        return settings.redactedUrl();
    }

    @Override
    public boolean reachable() {
        return probe.reachable();
    }
}
