package org.cultivar.security;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The short JSON objects that audit entries carry as before/after state. Values that come from
 * outside (an attempted user name, a remote address) are cut to {@value #MAXIMUM_TEXT} characters
 * and escaped, so hostile input cannot forge structure or bloat the trail.
 */
final class AuditJson {

    static final int MAXIMUM_TEXT = 100;

    private AuditJson() {
    }

    /** Alternating names and values: strings, numbers, booleans, collections, or null. */
    static String object(Object... namesAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            json.append(string(namesAndValues[i].toString())).append(':').append(value(namesAndValues[i + 1]));
        }
        return json.append('}').toString();
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> string(item.toString())).sorted()
                    .collect(Collectors.joining(",", "[", "]"));
        }
        return string(value.toString());
    }

    private static String string(String text) {
        String cut = text.length() > MAXIMUM_TEXT ? text.substring(0, MAXIMUM_TEXT) + "…" : text;
        StringBuilder json = new StringBuilder("\"");
        for (char ch : cut.toCharArray()) {
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (invisible(ch)) {
                        json.append(String.format("\\u%04x", (int) ch));
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /**
     * Written as escapes: what could break a line, or hide or reorder text for whoever reads the
     * trail (bidirectional overrides, zero-width characters, odd spaces, noncharacters), and
     * surrogates, which stay legible only as a pair.
     */
    private static boolean invisible(char ch) {
        return switch (Character.getType(ch)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            case Character.SPACE_SEPARATOR -> ch != ' ';
            default -> false;
        };
    }
}
