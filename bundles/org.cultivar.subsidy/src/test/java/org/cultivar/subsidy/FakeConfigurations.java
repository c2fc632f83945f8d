package org.cultivar.subsidy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.platform.ConfigurationField;
import org.cultivar.core.api.platform.ConfigurationValidationException;
import org.cultivar.core.api.platform.Configurations;
import org.cultivar.core.api.platform.PlatformException;

/**
 * Stands in for the platform's Configuration Admin and Metatype facade: one component, the
 * {@link DatedSchedule}'s, whose values it checks as Metatype would (required, options, known
 * keys) and hands to the schedule on update. It can be told to fail, as when the schedule's
 * bundle is not installed.
 */
final class FakeConfigurations implements Configurations {

    private static final List<ConfigurationField> FIELDS = List.of(
            field("specializedSmeAmount", true, List.of(), "500000"),
            field("littleGiantAmount", true, List.of(), "2000000"),
            field("minimumTier", true, List.of("SPECIALIZED_SME", "LITTLE_GIANT"), "SPECIALIZED_SME"),
            field("window.opens", false, List.of(), ""),
            field("window.closes", false, List.of(), ""));

    private final Map<String, String> values = new TreeMap<>();
    private final Consumer<Map<String, Object>> modified;
    volatile boolean failing;
    int updates;

    FakeConfigurations(Consumer<Map<String, Object>> modified) {
        FIELDS.forEach(field -> values.put(field.id(), field.defaultValue()));
        this.modified = modified;
    }

    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new TreeMap<>();
        FIELDS.forEach(field -> defaults.put(field.id(), field.defaultValue()));
        return defaults;
    }

    private static ConfigurationField field(String id, boolean required, List<String> options, String value) {
        return new ConfigurationField(id, id, "", "STRING", false, required,
                options.stream().map(option -> new ConfigurationField.Option(option, option)).toList(), value, value);
    }

    @Override
    public synchronized List<ConfigurableComponent> components() {
        List<ConfigurationField> current = FIELDS.stream().map(field -> new ConfigurationField(field.id(), field.name(), "", field.type(),
                false, field.required(), field.options(), field.defaultValue(), values.get(field.id()))).toList();
        return List.of(new ConfigurableComponent(DatedSchedule.PID, "Dated schedule", "", "org.cultivar.schedule.guangzhou.dated", current));
    }

    @Override
    public synchronized void update(String pid, Map<String, String> changed) {
        if (failing) {
            throw new PlatformException("No component declares configuration " + pid);
        }
        validate(pid, changed);
        values.putAll(changed);
        updates++;
        modified.accept(new LinkedHashMap<>(values));
    }

    @Override
    public void validate(String pid, Map<String, String> changed) {
        if (!DatedSchedule.PID.equals(pid)) {
            throw new PlatformException("No component declares configuration " + pid);
        }
        Map<String, String> errors = new TreeMap<>();
        changed.forEach((key, value) -> {
            ConfigurationField field = FIELDS.stream().filter(f -> f.id().equals(key)).findFirst().orElse(null);
            if (field == null) {
                errors.put(key, "\"" + key + "\" is not a property of Dated schedule");
            } else if (value.isBlank() && field.required()) {
                errors.put(key, key + " is required");
            } else if (!field.options().isEmpty() && field.options().stream().noneMatch(option -> option.value().equals(value.strip()))) {
                errors.put(key, key + ": " + value + " is not one of the options");
            }
        });
        if (!errors.isEmpty()) {
            throw new ConfigurationValidationException(errors);
        }
    }

    @Override
    public void applyDefaults(String pid, Map<String, Object> defaults) {
        throw new UnsupportedOperationException("Features are not installed in engine tests");
    }

    @Override
    public void delete(String pid) {
        throw new UnsupportedOperationException("Features are not installed in engine tests");
    }
}
