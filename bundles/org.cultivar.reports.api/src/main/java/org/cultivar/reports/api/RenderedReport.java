package org.cultivar.reports.api;

import java.util.Objects;

/** A finished document, ready to download. */
public final class RenderedReport {

    private final String fileName;
    private final OutputFormat format;
    private final byte[] content;

    public RenderedReport(String fileName, OutputFormat format, byte[] content) {
        this.fileName = Objects.requireNonNull(fileName, "file name");
        this.format = Objects.requireNonNull(format, "format");
        this.content = content.clone();
    }

    /** A name to offer for the download, e.g. {@code audit-extract-2026-01-01-2026-03-31.pdf}. */
    public String fileName() {
        return fileName;
    }

    public OutputFormat format() {
        return format;
    }

    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
