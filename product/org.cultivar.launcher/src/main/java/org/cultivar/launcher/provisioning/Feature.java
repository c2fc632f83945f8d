package org.cultivar.launcher.provisioning;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A feature of the repository, read from an OSGi Feature JSON file (OSGi Compendium 8.1,
 * ch. 159): bundles in start order plus default configurations. Cultivar reads two
 * categories: {@code platform} (locked, installed at start) and {@code region:<GB/T 2260 code>}.
 */
public record Feature(String id, String name, String description, List<String> categories,
                      List<ArtifactId> bundles, Map<String, Map<String, Object>> configurations, Path source) {

    public Feature {
        categories = List.copyOf(categories);
        bundles = List.copyOf(bundles);
        configurations = Map.copyOf(configurations);
    }

    public boolean isPlatform() {
        return categories.contains("platform");
    }

    /** The region the feature serves, or {@code null} for platform and national features. */
    public String region() {
        return categories.stream().filter(c -> c.startsWith("region:")).map(c -> c.substring("region:".length()))
                .findFirst().orElse(null);
    }
}
