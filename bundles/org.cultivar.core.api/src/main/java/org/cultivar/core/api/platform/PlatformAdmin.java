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

    /** Re-reads the bundle from where it was installed from; an uploaded bundle is replaced by uninstalling and uploading. */
    void updateBundle(Actor actor, long bundleId);

    /** An uploaded bundle's record is removed with it, so it is not installed again at the next start. */
    void uninstallBundle(Actor actor, long bundleId);

    /**
     * Administrators only. Reads an uploaded jar without installing anything and says what it
     * is and why it could not be installed (size, archive, manifest, name clashes). Content
     * that is not a readable jar yields problems, not an exception.
     *
     * @param fileName for display only; a name with a path in it is a problem
     */
    UploadedBundle inspectUpload(Actor actor, String fileName, byte[] content);

    /**
     * Administrators only. Trusts and installs an uploaded jar: {@code confirmedSha256} is the
     * hash the administrator was shown by {@link #inspectUpload} and confirmed, and it must be
     * the hash of {@code content}. Every check of {@code inspectUpload} runs again before the
     * framework is touched; then the bundle is installed, resolved and started all-or-nothing.
     * The jar is kept in the data directory and recorded ({@link TrustedUploads}), so every
     * start installs it again while the kept file still has the trusted hash. Audited as
     * {@code bundle.trusted} and {@code bundle.installed}.
     *
     * @throws PlatformException naming the problem; nothing is installed or recorded then
     */
    void installUpload(Actor actor, String fileName, byte[] content, String confirmedSha256);

    /** The configurable components the actor may edit. */
    List<ConfigurableComponent> configurableComponents(Actor actor);

    /** Validates and applies a configuration change, whole or not at all; audited with before and after. */
    void configure(Actor actor, String pid, Map<String, String> values);
}
