package org.cultivar.registry.importer;

/**
 * The short JSON object an import's audit entry carries. The file name comes from the user: it
 * is cut to {@value #MAXIMUM_TEXT} characters and escaped, so it can neither forge structure
 * nor bloat the trail.
 */
final class AuditJson {

    static final int MAXIMUM_TEXT = 100;

    private AuditJson() {
    }

    /** Alternating names and values (strings or numbers). */
    static String object(Object... namesAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.append(i > 0 ? "," : "").append(string(namesAndValues[i].toString())).append(':');
            Object value = namesAndValues[i + 1];
            json.append(value instanceof Number ? value.toString() : string(String.valueOf(value)));
        }
        return json.append('}').toString();
    }

    private static String string(String text) {
        String cut = text.length() > MAXIMUM_TEXT ? text.substring(0, MAXIMUM_TEXT) + "…" : text;
        StringBuilder json = new StringBuilder("\"");
        for (char ch : cut.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                json.append('\\').append(ch);
            } else if (Character.isISOControl(ch) || Character.getType(ch) == Character.FORMAT
                    || Character.getType(ch) == Character.SURROGATE) {
                json.append(String.format("\\u%04x", (int) ch));
            } else {
                json.append(ch);
            }
        }
        return json.append('"').toString();
    }
}
