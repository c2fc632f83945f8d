package org.cultivar.reports.api;

/** What a report can be rendered to. */
public enum OutputFormat {
    /** PDF/A-2b with every font embedded: the document to print and archive. */
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** UTF-8 with a byte order mark (so Excel reads Chinese), cells that look like formulas neutralised. */
    CSV("text/csv; charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    OutputFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
