package org.cultivar.reports;

import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportRequest;

/** The name offered for a download: the report id and what it was run for, in ASCII. */
final class FileNames {

    private FileNames() {
    }

    static String of(ReportRequest request) {
        ReportArguments arguments = request.arguments();
        StringBuilder name = new StringBuilder(request.reportId());
        append(name, arguments.region() == null ? null : arguments.region().code());
        append(name, arguments.fiscalYear() == null ? null : arguments.fiscalYear().toString());
        append(name, arguments.from() == null ? null : arguments.from().toString());
        append(name, arguments.to() == null ? null : arguments.to().toString());
        append(name, arguments.batch());
        append(name, arguments.enterprise());
        append(name, arguments.entityId());
        return name + "." + request.format().extension();
    }

    /** Only letters, digits and dashes reach the name: arguments are user input. */
    private static void append(StringBuilder name, String part) {
        if (part != null && !part.isBlank()) {
            name.append('-').append(part.replaceAll("[^A-Za-z0-9-]", "_"));
        }
    }
}
