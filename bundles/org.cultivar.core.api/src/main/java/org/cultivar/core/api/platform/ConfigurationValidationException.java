package org.cultivar.core.api.platform;

import java.util.Map;

/** Configuration values were refused; nothing was changed. Errors are keyed by field id. */
public class ConfigurationValidationException extends PlatformException {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public ConfigurationValidationException(Map<String, String> fieldErrors) {
        super("Not saved: " + String.join("; ", new java.util.TreeMap<>(fieldErrors).values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
