package org.cultivar.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The CSV form of a report: UTF-8 with a byte order mark (without it Excel reads Chinese as
 * the local code page), RFC 4180 quoting, and no formula injection: a cell starting with
 * {@code = + - @}, a tab or a carriage return gets a leading single quote, so a spreadsheet
 * shows it as text instead of evaluating it (OWASP "CSV injection").
 */
final class SafeCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SafeCsv() {
    }

    static void write(ReportData data, OutputStream target) throws IOException {
        Writer out = new OutputStreamWriter(target, StandardCharsets.UTF_8);
        out.write(BYTE_ORDER_MARK);
        line(out, data.columns().stream().map(ReportData.Column::heading).toList());
        for (Map<String, Object> row : data.rows()) {
            line(out, data.columns().stream().map(c -> text(row.get(c.field()))).toList());
        }
        out.flush();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(neutralised(cells.get(i))));
        }
        out.write("\r\n");
    }

    static String neutralised(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String quoted(String cell) {
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
