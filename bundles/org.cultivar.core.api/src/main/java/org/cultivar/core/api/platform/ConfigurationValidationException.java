package org.cultivar.core.api.platform;

import java.util.Map;
import java.util.TreeMap;

/**
 * Configuration values were refused; nothing was changed. Errors are keyed by field id, worded
 * in English and in Chinese (the same words twice where a caller gave only one language).
 */
public class ConfigurationValidationException extends PlatformException {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;
    private final Map<String, String> fieldErrorsChinese;

    public ConfigurationValidationException(Map<String, String> fieldErrors) {
        this(fieldErrors, fieldErrors);
    }

    /** @since 2.4.0 */
    public ConfigurationValidationException(Map<String, String> fieldErrors, Map<String, String> fieldErrorsChinese) {
        super("Not saved: " + String.join("; ", new TreeMap<>(fieldErrors).values()), (String) null);
        if (!fieldErrors.keySet().equals(fieldErrorsChinese.keySet())) {
            throw new IllegalArgumentException("The English and Chinese errors name different fields: "
                    + fieldErrors.keySet() + " and " + fieldErrorsChinese.keySet());
        }
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.fieldErrorsChinese = Map.copyOf(fieldErrorsChinese);
    }

    /** The errors in English. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The errors in the reader's language; @since 2.4.0 */
    public Map<String, String> fieldErrors(boolean chinese) {
        return chinese ? fieldErrorsChinese : fieldErrors;
    }

    @Override
    public String message(boolean chinese) {
        return chinese ? "未保存：" + String.join("；", new TreeMap<>(fieldErrorsChinese).values()) : getMessage();
    }
}
