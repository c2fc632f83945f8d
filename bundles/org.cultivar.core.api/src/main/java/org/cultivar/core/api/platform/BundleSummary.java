package org.cultivar.core.api.platform;

/**
 * A bundle in the running framework.
 *
 * @param state  one of INSTALLED, RESOLVED, STARTING, STOPPING, ACTIVE, UNINSTALLED
 * @param locked platform bundles cannot be stopped or uninstalled
 */
public record BundleSummary(long id, String symbolicName, String version, String state, boolean locked) {
}
