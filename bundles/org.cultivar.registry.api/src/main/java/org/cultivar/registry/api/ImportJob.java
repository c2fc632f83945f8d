package org.cultivar.registry.api;

import java.time.Instant;

/**
 * A running or finished import; it runs in the background so the user can work elsewhere.
 *
 * <p>A job stores the file in parts, each in its own transaction with its own audit entry. When
 * it stops early, {@code error} says why and which lines were stored, and {@code result} holds
 * what the stored parts wrote ({@code null} when nothing was stored); importing the same file
 * again stores the rest, since rows already stored compare as unchanged.
 *
 * @param error why the import stopped, or {@code null}
 * @param errorZh the same in Chinese, or {@code null} (then {@link #error(boolean)} gives the English)
 */
public record ImportJob(String id, String fileName, String startedBy, Instant startedAt, State state,
                        long processed, long total, Result result, String error, String errorZh) {

    /** A job whose error, if any, is in English only. */
    public ImportJob(String id, String fileName, String startedBy, Instant startedAt, State state,
                     long processed, long total, Result result, String error) {
        this(id, fileName, startedBy, startedAt, state, processed, total, result, error, null);
    }

    /** Why the import stopped, in Chinese where {@code chinese} is asked for and there is a Chinese text; null if it did not stop. */
    public String error(boolean chinese) {
        return chinese && errorZh != null ? errorZh : error;
    }

    public enum State {
        RUNNING, DONE, FAILED
    }

    public record Result(long enterprisesCreated, long enterprisesUpdated, long figuresRecorded,
                         long titlesGranted, long unchanged, long skippedInvalid) {
    }
}
