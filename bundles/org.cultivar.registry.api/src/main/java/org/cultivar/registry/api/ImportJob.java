package org.cultivar.registry.api;

import java.time.Instant;

/**
 * A running or finished import; it runs in the background so the user can work elsewhere.
 *
 * @param error why the import failed (nothing was stored), or {@code null}
 */
public record ImportJob(String id, String fileName, String startedBy, Instant startedAt, State state,
                        long processed, long total, Result result, String error) {

    public enum State {
        RUNNING, DONE, FAILED
    }

    public record Result(long enterprisesCreated, long enterprisesUpdated, long figuresRecorded,
                         long titlesGranted, long unchanged, long skippedInvalid) {
    }
}
