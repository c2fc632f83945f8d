package org.cultivar.web.reports;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.cultivar.core.api.security.Actor;
import org.cultivar.reports.api.RenderedReport;
import org.cultivar.reports.api.ReportRequest;
import org.cultivar.reports.api.ReportService;

/**
 * Renders reports off the UI thread, so a long one neither blocks the page nor holds the
 * session lock. Two threads: filling a report is CPU-bound and the server has two cores; further
 * requests wait in the queue (and show as running) rather than slowing every page down.
 */
final class BackgroundRendering {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService RENDERERS = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "cultivar-report-" + THREADS.incrementAndGet());
        thread.setDaemon(true); // a report half done must not keep the server from stopping
        return thread;
    });

    private BackgroundRendering() {
    }

    static CompletableFuture<RenderedReport> start(ReportService service, Actor actor, ReportRequest request) {
        return CompletableFuture.supplyAsync(() -> service.render(actor, request), RENDERERS);
    }
}
