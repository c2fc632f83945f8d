package org.cultivar.core.api.platform;

import java.util.List;

/**
 * A feature of the product's repository: what a person installs.
 *
 * @param id        the feature id, {@code group:artifact:version}
 * @param region    the GB/T 2260 code of the region it serves, or {@code null} for platform features
 * @param locked    platform features cannot be uninstalled
 */
public record FeatureSummary(String id, String name, String description, String region,
                             boolean installed, boolean locked, List<String> bundles) {
    public FeatureSummary {
        bundles = List.copyOf(bundles);
    }
}
