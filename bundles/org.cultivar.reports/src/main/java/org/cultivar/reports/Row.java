package org.cultivar.reports;

import java.util.HashMap;
import java.util.Map;

/** Builds one row of report data; {@code null} values are kept (and print blank). */
final class Row {

    private final Map<String, Object> values = new HashMap<>();

    Row put(String field, Object value) {
        values.put(field, value);
        return this;
    }

    Map<String, Object> values() {
        return values;
    }
}
