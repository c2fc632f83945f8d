package org.cultivar.web.reports;

import org.cultivar.reports.api.OutputFormat;
import org.cultivar.reports.api.RenderedReport;

/** A report the user asked for in this session: running, then either ready to download or failed. */
final class SessionReport {

    private final String title;
    private final OutputFormat format;
    private RenderedReport rendered;
    private String failure;

    SessionReport(String title, OutputFormat format) {
        this.title = title;
        this.format = format;
    }

    String title() {
        return title;
    }

    OutputFormat format() {
        return format;
    }

    boolean running() {
        return rendered == null && failure == null;
    }

    /** The document, once ready; null while running or after a failure. */
    RenderedReport rendered() {
        return rendered;
    }

    /** Why it failed, in the service's words; null unless it did. */
    String failure() {
        return failure;
    }

    void finished(RenderedReport document) {
        rendered = document;
    }

    void failed(String reason) {
        failure = reason;
    }
}
