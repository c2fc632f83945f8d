package org.cultivar.reports.api;

import java.util.Objects;

/** Which report to render, in which format, with which arguments. */
public record ReportRequest(String reportId, OutputFormat format, ReportArguments arguments) {

    public ReportRequest {
        Objects.requireNonNull(reportId, "report");
        Objects.requireNonNull(format, "format");
        arguments = arguments == null ? ReportArguments.NONE : arguments;
    }
}
