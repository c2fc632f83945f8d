package org.cultivar.subsidy.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.cultivar.core.api.money.Money;

/**
 * The typed values of a read form; a field left blank has no value. Asking for a field as the
 * wrong type is a programming error that {@link ScheduleDefinition} already refuses when it is
 * built, so it fails hard here.
 */
public final class FormValues {

    private final Map<String, Object> values;

    FormValues(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public Optional<Money> money(String key) {
        return typed(key, Money.class);
    }

    public Optional<Long> integer(String key) {
        return typed(key, Long.class);
    }

    public Optional<LocalDate> date(String key) {
        return typed(key, LocalDate.class);
    }

    /** The value of the chosen choice. */
    public Optional<String> choice(String key) {
        return typed(key, String.class);
    }

    public Optional<Boolean> yesNo(String key) {
        return typed(key, Boolean.class);
    }

    public Optional<String> text(String key) {
        return typed(key, String.class);
    }

    private <T> Optional<T> typed(String key, Class<T> type) {
        Object value = values.get(key);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalStateException("Field " + key + " holds a " + value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return Optional.ofNullable(type.cast(value));
    }
}
