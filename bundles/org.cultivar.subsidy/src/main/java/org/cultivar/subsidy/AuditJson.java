package org.cultivar.subsidy;

/**
 * The short JSON objects audit entries carry as before/after state. Text from users is cut to
 * {@value #MAXIMUM_TEXT} characters and escaped, so it can neither forge structure nor bloat the trail.
 */
final class AuditJson {

    static final int MAXIMUM_TEXT = 200;

    private AuditJson() {
    }

    /** Alternating names and values: numbers and booleans as such, anything else by its toString, or null. */
    static String object(Object... namesAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            Object value = namesAndValues[i + 1];
            json.append(Json.quoted(namesAndValues[i].toString())).append(':');
            if (value == null) {
                json.append("null");
            } else if (value instanceof Number || value instanceof Boolean) {
                json.append(value);
            } else {
                String text = value.toString();
                json.append(Json.quoted(text.length() > MAXIMUM_TEXT ? text.substring(0, MAXIMUM_TEXT) + "…" : text));
            }
        }
        return json.append('}').toString();
    }
}
