package org.cultivar.registry.importer;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.cultivar.registry.api.ImportJob;

/** The live state of one import job; {@link #snapshot()} is what callers see. */
final class RunningImport {

    private final String id;
    private final String fileName;
    private final String startedBy;
    private final Instant startedAt;
    private final long total;
    private final AtomicLong processed = new AtomicLong();
    private volatile ImportJob.State state = ImportJob.State.RUNNING;
    private volatile ImportJob.Result result;
    private volatile String error;
    private volatile String errorZh;

    RunningImport(String id, String fileName, String startedBy, Instant startedAt, long total) {
        this.id = id;
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.total = total;
    }

    String id() {
        return id;
    }

    String startedBy() {
        return startedBy;
    }

    void advance(long rows) {
        processed.addAndGet(rows);
    }

    void done(ImportJob.Result outcome) {
        result = outcome;
        state = ImportJob.State.DONE;
    }

    /** Ends the job; {@code stored} is what the parts committed before it stopped, or null. */
    void failed(String why, String whyZh, ImportJob.Result stored) {
        result = stored;
        errorZh = whyZh;
        error = why;
        state = ImportJob.State.FAILED;
    }

    ImportJob snapshot() {
        return new ImportJob(id, fileName, startedBy, startedAt, state, processed.get(), total, result, error, errorZh);
    }
}
