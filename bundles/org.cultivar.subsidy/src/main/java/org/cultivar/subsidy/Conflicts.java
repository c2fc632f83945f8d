package org.cultivar.subsidy;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.cultivar.store.api.StoreException;
import org.cultivar.subsidy.api.process.ConflictException;

/**
 * What a lost race looks like from the database, turned into the clerk's message: a duplicate
 * key (two identical decisions), a serialization failure or deadlock (PostgreSQL), H2's
 * concurrent-update error or lock timeout.
 */
final class Conflicts {

    private static final int H2_DUPLICATE_KEY = 23505;
    private static final int H2_CONCURRENT_UPDATE = 90131;
    private static final int H2_LOCK_TIMEOUT = 50200;

    private Conflicts() {
    }

    /** The work, or {@code lost} thrown in its place if it lost a race. */
    static <T> T translated(ConflictException lost, Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            if (lostRace(e.getCause())) {
                lost.initCause(e);
                throw lost;
            }
            throw e;
        }
    }

    static boolean lostRace(Throwable cause) {
        if (!(cause instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        return state.equals("23505") || state.equals("40001") || state.equals("40P01")
                || sql.getErrorCode() == H2_DUPLICATE_KEY || sql.getErrorCode() == H2_CONCURRENT_UPDATE
                || sql.getErrorCode() == H2_LOCK_TIMEOUT;
    }
}
