package org.cultivar.schedule.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cultivar.subsidy.api.ComponentProperties;

/**
 * A component's configuration properties, and the component property type that Declarative
 * Services would hand the component for them — so a test activates a schedule exactly as the
 * framework does, from its feature's defaults or a changed copy of them.
 */
public record ConfigurationValues(Map<String, Object> properties) {

    public ConfigurationValues {
        properties = Map.copyOf(properties);
    }

    /** The default configuration a feature file in {@code features/} gives the pid. */
    public static ConfigurationValues ofFeatureDefaults(String pid) {
        return new ConfigurationValues(FeatureFiles.configuration(pid));
    }

    /** These values with one property changed, as an official's edit would change it. */
    public ConfigurationValues with(String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(properties);
        changed.put(key, value);
        return new ConfigurationValues(changed);
    }

    /** The component property type that Declarative Services would hand the component for these values. */
    public <A> A as(Class<A> type) {
        return ComponentProperties.as(type, properties);
    }
}
