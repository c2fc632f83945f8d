package org.cultivar.core.api.platform;

import java.util.List;

/** A component whose configuration a person may edit, with its fields from Metatype. */
public record ConfigurableComponent(String pid, String name, String description, String bundleSymbolicName,
                                    List<ConfigurationField> fields) {
    public ConfigurableComponent {
        fields = List.copyOf(fields);
    }
}
