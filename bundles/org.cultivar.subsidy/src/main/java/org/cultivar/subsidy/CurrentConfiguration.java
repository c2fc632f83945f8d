package org.cultivar.subsidy;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.platform.Configurations;

/** A schedule's configuration as Configuration Admin holds it now, read through the platform's Metatype forms. */
final class CurrentConfiguration {

    private CurrentConfiguration() {
    }

    /** The form of the pid, with the values in force; none if no running bundle declares it. */
    static Optional<ConfigurableComponent> form(Configurations configurations, String pid) {
        return configurations.components().stream().filter(component -> component.pid().equals(pid)).findFirst();
    }

    /** The values in force by attribute id, as configuration text; empty if no running bundle declares the pid. */
    static Map<String, String> values(Configurations configurations, String pid) {
        Map<String, String> values = new TreeMap<>();
        form(configurations, pid).ifPresent(form -> form.fields().forEach(field -> values.put(field.id(), field.currentValue())));
        return values;
    }
}
