package org.cultivar.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template is filled with: report parameters (headings, criteria, notes) and rows
 * whose keys are the template's fields. The columns say which fields a CSV carries, and under
 * which heading. Values may be {@code null}: every format prints them blank.
 */
public record ReportData(Map<String, Object> parameters, List<Column> columns, List<Map<String, Object>> rows) {

    /**
     * The parameter naming the region a document is issued in (a region code), when that is
     * the data's region rather than the region asked for: it chooses the regional template.
     */
    public static final String ISSUED_IN = "issuedIn";

    /** A field as a spreadsheet column. */
    public record Column(String field, String heading) {
    }

    public ReportData {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }
}
