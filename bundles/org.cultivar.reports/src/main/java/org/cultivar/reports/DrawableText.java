package org.cultivar.reports;

import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces what the report font cannot draw (emoji, say, or control characters) with a visible
 * placeholder such as {@code [U+1F600]} before a template is filled: otherwise the PDF shows
 * nothing where the character was, and a reader cannot tell anything is missing. Line breaks
 * and tabs are layout, not characters, and stay.
 */
final class DrawableText {

    private static final Logger LOG = LoggerFactory.getLogger(DrawableText.class);

    private final Font font;

    DrawableText(Font font) {
        this.font = font;
    }

    /** The report data with every undrawable character replaced; logs which ones, once per report. */
    ReportData of(String reportId, ReportData data) {
        Set<Integer> replaced = new TreeSet<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        data.parameters().forEach((name, value) -> parameters.put(name, drawable(value, replaced)));
        var rows = data.rows().stream().map(row -> {
            Map<String, Object> drawableRow = new LinkedHashMap<>();
            row.forEach((field, value) -> drawableRow.put(field, drawable(value, replaced)));
            return drawableRow;
        }).toList();
        if (!replaced.isEmpty()) {
            LOG.warn("Report {}: the font cannot draw {}; shown as placeholders", reportId,
                    replaced.stream().limit(20).map(DrawableText::placeholder).collect(Collectors.joining(" ")));
        }
        return new ReportData(parameters, data.columns(), rows);
    }

    private Object drawable(Object value, Set<Integer> replaced) {
        if (!(value instanceof String text)) {
            return value;
        }
        StringBuilder out = null;
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            int next = offset + Character.charCount(codePoint);
            if (!canDraw(codePoint)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, offset);
                }
                out.append(placeholder(codePoint));
                replaced.add(codePoint);
            } else if (out != null) {
                out.appendCodePoint(codePoint);
            }
            offset = next;
        }
        return out == null ? text : out.toString();
    }

    private boolean canDraw(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return true;
        }
        return !Character.isISOControl(codePoint) && font.canDisplay(codePoint);
    }

    static String placeholder(int codePoint) {
        return String.format("[U+%04X]", codePoint);
    }
}
