package org.cultivar.launcher.provisioning;

import static org.cultivar.launcher.provisioning.BundleWiring.describe;
import static org.cultivar.launcher.provisioning.BundleWiring.isFragment;
import static org.cultivar.launcher.provisioning.BundleWiring.refresh;
import static org.cultivar.launcher.provisioning.BundleWiring.requireResolved;
import static org.cultivar.launcher.provisioning.BundleWiring.uninstallQuietly;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.platform.BundleSummary;
import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.platform.Configurations;
import org.cultivar.core.api.platform.FeatureSummary;
import org.cultivar.core.api.platform.InstalledFeatures;
import org.cultivar.core.api.platform.PlatformAdmin;
import org.cultivar.core.api.platform.PlatformException;
import org.cultivar.core.api.platform.UploadedBundle;
import org.cultivar.core.api.security.Actor;
import org.cultivar.launcher.framework.BundleStates;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs and removes features at runtime, all-or-nothing, and guards the platform: its
 * bundles cannot be stopped or uninstalled and its feature cannot be removed. Which features
 * are installed is kept in the database ({@link InstalledFeatures}), so that every node and
 * every restart agree; so are the uploaded jars administrators trusted ({@link BundleUploads}).
 */
public final class FeatureManager implements PlatformAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureManager.class);

    private final BundleContext context;
    private final FeatureRepository repository;
    private final ServiceTracker<InstalledFeatures, InstalledFeatures> installedFeatures;
    private final ServiceTracker<Configurations, Configurations> configurations;
    private final Set<String> platformLocations = Collections.synchronizedSet(new HashSet<>());
    private final PlatformAudit audit;
    private final BundleUploads uploads;

    public FeatureManager(BundleContext context, FeatureRepository repository) {
        this.context = context;
        this.repository = repository;
        this.installedFeatures = new ServiceTracker<>(context, InstalledFeatures.class, null);
        this.configurations = new ServiceTracker<>(context, Configurations.class, null);
        installedFeatures.open();
        configurations.open();
        this.audit = new PlatformAudit(context);
        this.uploads = new BundleUploads(context, repository, audit, this::isLocked);
    }

    /**
     * Installs the platform features at start-up. Their failure stops the start: the message of
     * the bundle that failed (a database that cannot be reached, say) is the message shown.
     */
    public void installPlatform() throws FeatureFileException, BundleException {
        for (Feature feature : repository.features()) {
            if (feature.isPlatform()) {
                List<Bundle> bundles = installBundles(feature);
                bundles.forEach(b -> platformLocations.add(b.getLocation()));
                for (Bundle bundle : bundles) {
                    if (!isFragment(bundle)) {
                        bundle.start();
                    }
                }
                LOG.info("Platform feature {} started ({} bundles)", feature.id(), bundles.size());
            }
        }
    }

    /** Re-installs the features the database records, then the trusted uploads, after the platform is up. */
    public void restoreInstalledFeatures(long waitMillis) throws InterruptedException {
        InstalledFeatures record = installedFeatures.waitForService(waitMillis);
        if (record == null) {
            throw new PlatformException("The platform did not come up: no record of installed features");
        }
        for (String featureId : record.installed()) {
            try {
                Feature feature = feature(featureId);
                activate(feature);
                LOG.info("Feature {} restored", featureId);
            } catch (RuntimeException e) {
                // the product keeps serving: the feature shows as not installed and can be reinstalled
                LOG.error("Installed feature {} could not be restored: {}", featureId, e.getMessage());
            }
        }
        // after the features: an uploaded bundle may import what they export
        uploads.restore(waitMillis);
    }

    @Override
    public List<FeatureSummary> features(Actor actor) {
        Set<String> installed = new HashSet<>(installedIds());
        try {
            return repository.features().stream()
                    .filter(f -> PlatformPolicy.maySee(actor, f))
                    .map(f -> new FeatureSummary(f.id(), f.name(), f.description(), f.region(),
                            f.isPlatform() || installed.contains(f.id()), f.isPlatform(),
                            f.bundles().stream().map(ArtifactId::toString).toList()))
                    .toList();
        } catch (FeatureFileException e) {
            throw new PlatformException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized void installFeature(Actor actor, String featureId) {
        Feature feature = feature(featureId);
        PlatformPolicy.requireMayManage(actor, feature);
        if (feature.isPlatform() || installedIds().contains(featureId)) {
            throw new PlatformException("Feature " + feature.name() + " is already installed", "功能“" + feature.name() + "”已安装");
        }
        InstalledFeatures record = requireRecord();
        audit.requireAvailable();
        Activation activation = activate(feature);
        try {
            audit.record(AuditEvent.of(actor, "feature.installed", "feature", featureId).withRegion(feature.region())
                    .withChange(null, String.join(",", feature.bundles().stream().map(ArtifactId::toString).toList())),
                    () -> record.recordInstalled(featureId, actor.userId()));
        } catch (RuntimeException e) {
            rollBack(activation);
            throw new PlatformException("Feature " + feature.name() + " was not installed: " + describe(e),
                    "功能“" + feature.name() + "”未安装：" + describe(e), e);
        }
        LOG.info("Feature {} installed by {}", featureId, actor.userId());
    }

    @Override
    public synchronized void uninstallFeature(Actor actor, String featureId) {
        Feature feature = feature(featureId);
        PlatformPolicy.requireMayManage(actor, feature);
        if (feature.isPlatform()) {
            throw new PlatformException("The platform feature " + feature.name() + " cannot be uninstalled",
                    "平台功能“" + feature.name() + "”不能卸载");
        }
        if (!installedIds().contains(featureId)) {
            throw new PlatformException("Feature " + feature.name() + " is not installed", "功能“" + feature.name() + "”未安装");
        }
        InstalledFeatures record = requireRecord();
        audit.record(AuditEvent.of(actor, "feature.uninstalled", "feature", featureId).withRegion(feature.region()),
                () -> record.recordUninstalled(featureId));
        Set<String> stillNeeded = locationsOfOtherInstalledFeatures(featureId);
        List<Bundle> removable = new ArrayList<>();
        for (ArtifactId artifact : feature.bundles()) {
            Bundle bundle = context.getBundle(location(artifact));
            if (bundle != null && !stillNeeded.contains(bundle.getLocation()) && !platformLocations.contains(bundle.getLocation())) {
                removable.add(bundle);
            }
        }
        Collections.reverse(removable);
        for (Bundle bundle : removable) {
            uninstallQuietly(bundle);
        }
        refresh(context, removable);
        Configurations config = configurations.getService();
        if (config != null) {
            feature.configurations().keySet().forEach(config::delete);
        }
        LOG.info("Feature {} uninstalled by {} ({} bundles removed; its data is kept)", featureId, actor.userId(), removable.size());
    }

    @Override
    public List<BundleSummary> bundles(Actor actor) {
        PlatformPolicy.requireAdministrator(actor, "see the bundles");
        List<BundleSummary> summaries = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            summaries.add(new BundleSummary(bundle.getBundleId(), bundle.getSymbolicName(), bundle.getVersion().toString(),
                    BundleStates.name(bundle.getState()), isLocked(bundle)));
        }
        return summaries;
    }

    @Override
    public void startBundle(Actor actor, long bundleId) {
        PlatformPolicy.requireAdministrator(actor, "start bundles");
        auditedBundleAction(actor, "bundle.started", bundle(bundleId), "did not start", Bundle::start);
    }

    @Override
    public void stopBundle(Actor actor, long bundleId) {
        PlatformPolicy.requireAdministrator(actor, "stop bundles");
        auditedBundleAction(actor, "bundle.stopped", unlocked(bundleId, "stopped"), "did not stop", Bundle::stop);
    }

    @Override
    public void updateBundle(Actor actor, long bundleId) {
        PlatformPolicy.requireAdministrator(actor, "update bundles");
        if (bundleId == 0) {
            throw new PlatformException("The framework itself cannot be updated at runtime", "框架本身不能在运行时更新");
        }
        Bundle bundle = bundle(bundleId);
        if (uploads.isUpload(bundle)) {
            // its location is no file to re-read; a new jar must be inspected and trusted like the first
            throw new PlatformException("Bundle " + bundle.getSymbolicName() + " was uploaded; to change it, uninstall it and upload the new jar",
                    "模块 " + bundle.getSymbolicName() + " 是上传安装的；如需更换，请先卸载，再上传新的 jar 文件");
        }
        auditedBundleAction(actor, "bundle.updated", bundle, "was not updated", b -> {
            b.update();
            refresh(context, List.of(b));
        });
    }

    @Override
    public void uninstallBundle(Actor actor, long bundleId) {
        PlatformPolicy.requireAdministrator(actor, "uninstall bundles");
        Bundle bundle = unlocked(bundleId, "uninstalled");
        // an uploaded bundle's record goes with the audit entry, so the next start does not bring it back
        Runnable forgetUpload = uploads.isUpload(bundle) ? () -> uploads.forget(bundle) : () -> { };
        auditedBundleAction(actor, "bundle.uninstalled", bundle, "was not uninstalled", forgetUpload, b -> {
            b.uninstall();
            refresh(context, List.of(b));
        });
    }

    @Override
    public UploadedBundle inspectUpload(Actor actor, String fileName, byte[] content) {
        PlatformPolicy.requireAdministrator(actor, "upload bundles");
        return uploads.inspect(fileName, content);
    }

    @Override
    public synchronized void installUpload(Actor actor, String fileName, byte[] content, String confirmedSha256) {
        PlatformPolicy.requireAdministrator(actor, "upload bundles");
        uploads.install(actor, fileName, content, confirmedSha256);
    }

    private interface BundleAction {
        void apply(Bundle bundle) throws BundleException;
    }

    private void auditedBundleAction(Actor actor, String action, Bundle bundle, String failure, BundleAction operation) {
        auditedBundleAction(actor, action, bundle, failure, () -> { }, operation);
    }

    /** Records the action, then performs it; a failure is recorded too, so the trail tells what happened. */
    private void auditedBundleAction(Actor actor, String action, Bundle bundle, String failure, Runnable databaseChange,
                                     BundleAction operation) {
        audit.record(bundleEvent(actor, action, bundle), databaseChange);
        try {
            operation.apply(bundle);
        } catch (BundleException | IllegalStateException e) {
            audit.record(bundleEvent(actor, action + ".failed", bundle).withChange(null, describe(e)));
            throw new PlatformException("Bundle " + bundle.getSymbolicName() + " " + failure + ": " + describe(e),
                    "模块 " + bundle.getSymbolicName() + " " + chinese(failure) + "：" + describe(e), e);
        }
    }

    @Override
    public List<ConfigurableComponent> configurableComponents(Actor actor) {
        if (actor == null) {
            return List.of();
        }
        Set<String> allowed = bundlesActorMayConfigure(actor);
        return requireConfigurations().components().stream()
                .filter(c -> actor.has(org.cultivar.core.api.security.Role.ADMINISTRATOR) || allowed.contains(c.bundleSymbolicName()))
                .toList();
    }

    @Override
    public void configure(Actor actor, String pid, Map<String, String> values) {
        ConfigurableComponent component = configurableComponents(actor).stream().filter(c -> c.pid().equals(pid)).findFirst()
                .orElseThrow(() -> new org.cultivar.core.api.security.AccessDeniedException(
                        "You may not change configuration " + pid));
        Configurations config = requireConfigurations();
        Map<String, String> before = new TreeMap<>();
        component.fields().forEach(f -> before.put(f.id(), f.currentValue()));
        audit.requireAvailable();
        config.update(pid, values); // validates first; refuses the whole change on any error
        Map<String, String> after = new TreeMap<>(before);
        after.putAll(values);
        try {
            audit.record(AuditEvent.of(actor, "configuration.changed", "configuration", pid)
                    .withChange(before.toString(), after.toString()));
        } catch (RuntimeException e) {
            config.update(pid, before); // an unrecorded change must not stay
            throw new PlatformException("Configuration " + pid + " was not changed: " + describe(e),
                    "配置 " + pid + " 未更改：" + describe(e), e);
        }
    }

    private Set<String> bundlesActorMayConfigure(Actor actor) {
        Set<String> names = new HashSet<>();
        Set<String> installed = new HashSet<>(installedIds());
        try {
            for (Feature feature : repository.features()) {
                if (installed.contains(feature.id()) && PlatformPolicy.mayManage(actor, feature)) {
                    for (ArtifactId artifact : feature.bundles()) {
                        Bundle bundle = context.getBundle(location(artifact));
                        if (bundle != null) {
                            names.add(bundle.getSymbolicName());
                        }
                    }
                }
            }
        } catch (FeatureFileException e) {
            throw new PlatformException(e.getMessage(), e);
        }
        return names;
    }

    private static AuditEvent bundleEvent(Actor actor, String action, Bundle bundle) {
        return AuditEvent.of(actor, action, "bundle", bundle.getSymbolicName() + ":" + bundle.getVersion());
    }

    public void close() {
        installedFeatures.close();
        configurations.close();
        uploads.close();
        audit.close();
    }

    // --- installing --------------------------------------------------------------------

    /** What one activation added, so it can be taken back. */
    private record Activation(List<Bundle> added, List<String> configured) {
    }

    /** Installs, configures and starts a feature's bundles; on any failure removes what it added. */
    private Activation activate(Feature feature) {
        List<Bundle> added = new ArrayList<>();
        List<String> configured = new ArrayList<>();
        try {
            List<Bundle> bundles = installBundles(feature, added);
            requireResolved(context, bundles);
            Configurations config = feature.configurations().isEmpty() ? null : requireConfigurations();
            for (var entry : feature.configurations().entrySet()) {
                config.applyDefaults(entry.getKey(), entry.getValue());
                configured.add(entry.getKey());
            }
            for (Bundle bundle : bundles) {
                if (!isFragment(bundle) && bundle.getState() != Bundle.ACTIVE) {
                    bundle.start();
                }
            }
            return new Activation(added, configured);
        } catch (BundleException | RuntimeException e) {
            rollBack(new Activation(added, configured));
            String reason = e instanceof PlatformException ? e.getMessage() : describe(e);
            String reasonZh = e instanceof PlatformException refused ? refused.message(true) : describe(e);
            throw new PlatformException("Feature " + feature.name() + " was not installed: " + reason,
                    "功能“" + feature.name() + "”未安装：" + reasonZh, e);
        }
    }

    private List<Bundle> installBundles(Feature feature) throws BundleException {
        return installBundles(feature, new ArrayList<>());
    }

    private List<Bundle> installBundles(Feature feature, List<Bundle> added) throws BundleException {
        List<Bundle> bundles = new ArrayList<>();
        for (ArtifactId artifact : feature.bundles()) {
            String location = location(artifact);
            Bundle existing = context.getBundle(location);
            if (existing != null) {
                bundles.add(existing);
                continue;
            }
            Path jar = repository.bundlePath(artifact);
            try (InputStream in = Files.newInputStream(jar)) {
                Bundle bundle = context.installBundle(location, in);
                added.add(bundle);
                bundles.add(bundle);
            } catch (IOException e) {
                throw new BundleException("Cannot read " + jar.getFileName() + ": " + e.getMessage(), e);
            } catch (BundleException e) {
                throw new BundleException(artifact + " is not a valid bundle: " + e.getMessage(), e);
            }
        }
        return bundles;
    }

    private void rollBack(Activation activation) {
        Configurations config = configurations.getService();
        if (config != null) {
            activation.configured().forEach(config::delete);
        }
        List<Bundle> reversed = new ArrayList<>(activation.added());
        Collections.reverse(reversed);
        reversed.forEach(BundleWiring::uninstallQuietly);
        refresh(context, activation.added());
    }

    // --- helpers -----------------------------------------------------------------------

    private Feature feature(String featureId) {
        try {
            return repository.find(featureId)
                    .orElseThrow(() -> new PlatformException("There is no feature " + featureId + " in the repository",
                            "功能库中没有功能 " + featureId));
        } catch (FeatureFileException e) {
            throw new PlatformException(e.getMessage(), e);
        }
    }

    private List<String> installedIds() {
        InstalledFeatures record = installedFeatures.getService();
        return record == null ? List.of() : record.installed();
    }

    private InstalledFeatures requireRecord() {
        return Optional.ofNullable(installedFeatures.getService())
                .orElseThrow(() -> new PlatformException("The record of installed features is not available; is the database up?"));
    }

    private Configurations requireConfigurations() {
        return Optional.ofNullable(configurations.getService())
                .orElseThrow(() -> new PlatformException("Configuration service is not available"));
    }

    private Set<String> locationsOfOtherInstalledFeatures(String featureId) {
        Set<String> locations = new LinkedHashSet<>();
        for (String other : installedIds()) {
            if (!other.equals(featureId)) {
                try {
                    repository.find(other).ifPresent(f -> f.bundles().forEach(a -> locations.add(location(a))));
                } catch (FeatureFileException e) {
                    LOG.warn("Cannot read feature {}: {}", other, e.getMessage());
                }
            }
        }
        return locations;
    }

    private String location(ArtifactId artifact) {
        return repository.bundlePath(artifact).toUri().toString();
    }

    private Bundle bundle(long bundleId) {
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null) {
            throw new PlatformException("There is no bundle #" + bundleId, "没有编号为 " + bundleId + " 的模块");
        }
        return bundle;
    }

    private Bundle unlocked(long bundleId, String verb) {
        Bundle bundle = bundle(bundleId);
        if (isLocked(bundle)) {
            throw new PlatformException("Bundle " + bundle.getSymbolicName() + " belongs to the platform and cannot be " + verb,
                    "模块 " + bundle.getSymbolicName() + " 属于平台，不能" + chinese(verb));
        }
        return bundle;
    }

    private boolean isLocked(Bundle bundle) {
        return bundle.getBundleId() == 0 || platformLocations.contains(bundle.getLocation());
    }

    /** The Chinese of the few fixed words the bundle actions above are refused with. */
    private static String chinese(String words) {
        return switch (words) {
            case "did not start" -> "未能启动";
            case "did not stop" -> "未能停止";
            case "was not updated" -> "未能更新";
            case "was not uninstalled" -> "未能卸载";
            case "stopped" -> "停止";
            case "uninstalled" -> "卸载";
            default -> words;
        };
    }
}
