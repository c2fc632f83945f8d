package org.cultivar.store.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.cultivar.store.api.Database;
import org.cultivar.store.pool.ConnectionPools;
import org.cultivar.store.pool.DatabaseSettings;
import org.cultivar.store.pool.PoolTuning;
import org.cultivar.store.pool.UnreachableDatabaseException;

import com.zaxxer.hikari.HikariDataSource;

/** H2 in memory, in the same compatibility mode as the store's default file database. */
public final class H2TestDatabase implements TestDatabase {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final PoolTuning tuning;

    public H2TestDatabase() {
        this(PoolTuning.DEFAULT);
    }

    /** With pool settings of the caller's choosing, e.g. room for many concurrent threads. */
    public H2TestDatabase(PoolTuning tuning) {
        this.tuning = tuning;
    }

    @Override
    public Database.Kind kind() {
        return Database.Kind.H2;
    }

    @Override
    public HikariDataSource freshPool() {
        // an in-memory database lives as long as the pool holds a connection to it
        String url = "jdbc:h2:mem:test" + NEXT.incrementAndGet() + DatabaseSettings.H2_OPTIONS;
        try {
            return ConnectionPools.open(new DatabaseSettings(url, "sa", ""), tuning);
        } catch (UnreachableDatabaseException e) {
            throw new IllegalStateException(e);
        }
    }
}
