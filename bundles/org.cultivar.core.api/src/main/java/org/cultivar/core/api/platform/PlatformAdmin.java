package org.cultivar.core.api.platform;

import java.util.List;
import java.util.Map;
import org.cultivar.core.api.security.Actor;

/**
 * Features, bundles and configuration of the running product, changed at runtime without a
 * restart. Every method checks the acting user itself: administrators may do everything;
 * officials may list, install, configure and remove features of the regions their scope
 * covers; nobody else may change anything. Locks hold for everyone: platform bundles cannot be
 * stopped or uninstalled and platform features cannot be removed. Every change is audited.
 */
public interface PlatformAdmin {

    /** The features the actor may see: all for administrators, platform and own-region ones for officials. */
    List<FeatureSummary> features(Actor actor);

    /**
     * Installs a feature of the repository (bundles and default configuration),
     * all-or-nothing: if any bundle does not resolve or start, everything this call installed
     * is removed again and the exception names the missing requirement.
     */
    void installFeature(Actor actor, String featureId);

    /** Uninstalls a feature's bundles (those no other installed feature needs); data is kept. */
    void uninstallFeature(Actor actor, String featureId);

    /** Administrators only. */
    List<BundleSummary> bundles(Actor actor);

    void startBundle(Actor actor, long bundleId);

    void stopBundle(Actor actor, long bundleId);

    /** Re-reads the bundle from where it was installed from. */
    void updateBundle(Actor actor, long bundleId);

    void uninstallBundle(Actor actor, long bundleId);

    /** The configurable components the actor may edit. */
    List<ConfigurableComponent> configurableComponents(Actor actor);

    /** Validates and applies a configuration change, whole or not at all; audited with before and after. */
    void configure(Actor actor, String pid, Map<String, String> values);
}
