package org.cultivar.core.api.platform;

import java.util.List;

/**
 * One property of a configurable component, described by its Metatype attribute definition.
 *
 * @param type         STRING, INTEGER, LONG, BOOLEAN, DOUBLE, PASSWORD, …
 * @param multiple     whether the property holds several values (entered comma-separated)
 * @param options      allowed values, empty when free
 * @param currentValue the value in effect (comma-separated when multiple), never {@code null}
 */
public record ConfigurationField(String id, String name, String description, String type,
                                 boolean multiple, boolean required, List<Option> options,
                                 String defaultValue, String currentValue) {

    public ConfigurationField {
        options = List.copyOf(options);
    }

    public record Option(String value, String label) {
    }
}
