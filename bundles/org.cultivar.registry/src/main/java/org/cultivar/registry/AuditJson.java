package org.cultivar.registry;

/**
 * The short JSON objects audit entries carry as before/after state. Text from users is cut to
 * {@value #MAXIMUM_TEXT} characters and escaped, so it can neither forge structure nor bloat or
 * hide anything in the trail.
 */
final class AuditJson {

    static final int MAXIMUM_TEXT = 100;

    private AuditJson() {
    }

    /** Alternating names and values: text, numbers, booleans, anything else by its toString, or null. */
    static String object(Object... namesAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            json.append(string(namesAndValues[i].toString())).append(':');
            Object value = namesAndValues[i + 1];
            if (value == null) {
                json.append("null");
            } else if (value instanceof Number || value instanceof Boolean) {
                json.append(value);
            } else {
                json.append(string(value.toString()));
            }
        }
        return json.append('}').toString();
    }

    private static String string(String text) {
        String cut = text.length() > MAXIMUM_TEXT ? text.substring(0, MAXIMUM_TEXT) + "…" : text;
        StringBuilder json = new StringBuilder("\"");
        for (char ch : cut.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                json.append('\\').append(ch);
            } else if (ch == ' ' || Problems.visible(ch)) {
                json.append(ch);
            } else {
                json.append(String.format("\\u%04x", (int) ch));
            }
        }
        return json.append('"').toString();
    }
}
