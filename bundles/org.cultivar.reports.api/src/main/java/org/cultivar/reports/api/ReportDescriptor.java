package org.cultivar.reports.api;

import java.util.List;
import java.util.Objects;

/**
 * A report as the Reports page lists it.
 *
 * @param id           stable identifier, also the name of its template, e.g. {@code audit-extract}
 * @param chineseTitle the title printed on the document
 * @param englishTitle the title in the English UI
 */
public record ReportDescriptor(String id, String chineseTitle, String englishTitle, List<ReportParameter> parameters) {

    public ReportDescriptor {
        Objects.requireNonNull(id, "id");
        parameters = List.copyOf(parameters);
    }

    public boolean requires(ReportParameter.Kind kind) {
        return parameters.stream().anyMatch(p -> p.kind() == kind && p.required());
    }

    public boolean accepts(ReportParameter.Kind kind) {
        return parameters.stream().anyMatch(p -> p.kind() == kind);
    }
}
