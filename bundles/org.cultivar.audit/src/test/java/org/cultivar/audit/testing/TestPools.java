package org.cultivar.audit.testing;

import org.cultivar.store.pool.PoolTuning;

final class TestPools {

    /**
     * Room for the eight appending threads of the concurrency test, and a generous wait so a
     * slow machine shows up as a slow test rather than a pool timeout.
     */
    static final PoolTuning TUNING = new PoolTuning(10, 30_000);

    private TestPools() {
    }
}
