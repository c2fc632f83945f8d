package org.cultivar.core.api.platform;

import java.util.List;

/**
 * Features and bundles of the running product, changed at runtime without a restart.
 * Locks are enforced here, not only in the UI: platform bundles cannot be stopped or
 * uninstalled and platform features cannot be removed.
 */
public interface PlatformAdmin {

    List<FeatureSummary> features();

    /**
     * Installs a feature of the repository (bundles and default configuration),
     * all-or-nothing: if any bundle does not resolve or start, everything this call installed
     * is removed again and the exception names the missing requirement.
     */
    void installFeature(String featureId);

    /** Uninstalls a feature's bundles (those no other installed feature needs); data is kept. */
    void uninstallFeature(String featureId);

    List<BundleSummary> bundles();

    void startBundle(long bundleId);

    void stopBundle(long bundleId);

    /** Re-reads the bundle from where it was installed from. */
    void updateBundle(long bundleId);

    void uninstallBundle(long bundleId);
}
