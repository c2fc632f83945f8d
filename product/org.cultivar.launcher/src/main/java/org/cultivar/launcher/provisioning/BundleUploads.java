package org.cultivar.launcher.provisioning;

import static org.cultivar.launcher.provisioning.BundleWiring.describe;
import static org.cultivar.launcher.provisioning.BundleWiring.refresh;
import static org.cultivar.launcher.provisioning.BundleWiring.requireResolved;
import static org.cultivar.launcher.provisioning.BundleWiring.uninstallQuietly;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.platform.PlatformException;
import org.cultivar.core.api.platform.TrustedUpload;
import org.cultivar.core.api.platform.TrustedUploads;
import org.cultivar.core.api.platform.UploadedBundle;
import org.cultivar.core.api.security.Actor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jars an administrator uploads and trusts by confirming their SHA-256 (issue 3, "Runtime code
 * installation"). Every check runs before the framework sees the jar; the install is
 * all-or-nothing; the trusted jar is kept in the data directory and recorded in the database,
 * and installed again at each start only while the kept file still has the trusted hash.
 * Who may call is checked by {@link FeatureManager}.
 */
final class BundleUploads implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BundleUploads.class);

    /** Not a URL: an uploaded bundle cannot be re-read from its location, only uploaded anew. */
    static final String LOCATION_PREFIX = "cultivar-upload:";

    private final BundleContext context;
    private final FeatureRepository repository;
    private final PlatformAudit audit;
    private final Predicate<Bundle> isPlatform;
    private final ServiceTracker<TrustedUploads, TrustedUploads> records;
    private final JarInspector inspector = new JarInspector();

    BundleUploads(BundleContext context, FeatureRepository repository, PlatformAudit audit, Predicate<Bundle> isPlatform) {
        this.context = context;
        this.repository = repository;
        this.audit = audit;
        this.isPlatform = isPlatform;
        this.records = new ServiceTracker<>(context, TrustedUploads.class, null);
        records.open();
    }

    /** What the jar is and every reason it could not be installed now. */
    UploadedBundle inspect(String fileName, byte[] content) {
        UploadedBundle inspected = inspector.inspect(fileName, content);
        return inspected.symbolicName() == null ? inspected : inspected.withProblems(clashes(inspected.symbolicName()));
    }

    /** Checks, installs and starts, then records the trust; on any failure nothing stays. */
    void install(Actor actor, String fileName, byte[] content, String confirmedSha256) {
        UploadedBundle inspected = inspect(fileName, content);
        String label = inspected.fileName();
        if (confirmedSha256 == null || !confirmedSha256.strip().toLowerCase(Locale.ROOT).equals(inspected.sha256())) {
            throw new PlatformException(label + " was not installed: the confirmed SHA-256 is not the hash of the file sent ("
                    + inspected.sha256() + "); inspect the file again and confirm the hash shown",
                    label + " 未安装：确认的 SHA-256 不是所发送文件的哈希值（" + inspected.sha256() + "）；请重新检查文件，并确认显示的哈希值");
        }
        requireInstallable(inspected);
        TrustedUploads record = requireRecords();
        audit.requireAvailable();
        UploadedJarFiles files = files();
        boolean written = files.keep(inspected.sha256(), content);
        Bundle bundle;
        try {
            bundle = installAndStart(inspected, content);
        } catch (RuntimeException e) {
            discard(files, inspected, written);
            throw e;
        }
        TrustedUpload trusted = new TrustedUpload(inspected.sha256(), inspected.symbolicName(), inspected.version(),
                inspected.fileName(), actor.userId(), Instant.now());
        String what = inspected.symbolicName() + ":" + inspected.version();
        try {
            audit.record(List.of(
                    AuditEvent.of(actor, "bundle.trusted", "upload", inspected.sha256())
                            .withChange(null, what + " from " + inspected.fileName() + " (" + inspected.size() + " bytes)"),
                    AuditEvent.of(actor, "bundle.installed", "bundle", what)
                            .withChange(null, "uploaded " + inspected.fileName() + ", SHA-256 " + inspected.sha256())),
                    () -> record.recordTrusted(trusted));
        } catch (RuntimeException e) {
            uninstallQuietly(bundle);
            refresh(context, List.of(bundle));
            discard(files, inspected, written);
            throw new PlatformException(label + " was not installed: " + describe(e), label + " 未安装：" + describe(e), e);
        }
        LOG.info("Uploaded bundle {} (SHA-256 {}) trusted and installed by {}", what, inspected.sha256(), actor.userId());
    }

    /** Installs the recorded uploads again after a start; one that fails is logged and skipped. */
    void restore(long waitMillis) throws InterruptedException {
        TrustedUploads record = records.waitForService(waitMillis);
        if (record == null) {
            LOG.error("The record of trusted uploads is not available; no uploaded bundle was installed");
            return;
        }
        List<TrustedUpload> trusted = record.trusted();
        if (trusted.isEmpty()) {
            return;
        }
        UploadedJarFiles files = files();
        for (TrustedUpload upload : trusted) {
            try {
                byte[] content = files.readTrusted(upload.sha256());
                UploadedBundle inspected = inspect(upload.fileName(), content);
                requireInstallable(inspected);
                installAndStart(inspected, content);
                LOG.info("Uploaded bundle {}:{} restored", inspected.symbolicName(), inspected.version());
            } catch (RuntimeException e) {
                // the product keeps serving without it; an administrator can upload it again
                LOG.error("Trusted upload {} {} ({}) was not installed: {}", upload.symbolicName(), upload.version(),
                        upload.fileName(), e.getMessage());
            }
        }
    }

    boolean isUpload(Bundle bundle) {
        return bundle.getLocation().startsWith(LOCATION_PREFIX);
    }

    /** Removes an uploaded bundle's record, inside the caller's transaction. */
    void forget(Bundle bundle) {
        requireRecords().recordRemoved(bundle.getLocation().substring(LOCATION_PREFIX.length()));
    }

    @Override
    public void close() {
        records.close();
    }

    private Bundle installAndStart(UploadedBundle inspected, byte[] content) {
        String label = inspected.fileName();
        Bundle bundle;
        try {
            bundle = context.installBundle(LOCATION_PREFIX + inspected.sha256(), new ByteArrayInputStream(content));
        } catch (BundleException | RuntimeException e) {
            throw new PlatformException(label + " was not installed: it is not a valid bundle: " + describe(e),
                    label + " 未安装：不是有效的 OSGi 模块：" + describe(e), e);
        }
        try {
            requireResolved(context, List.of(bundle));
            bundle.start();
            return bundle;
        } catch (BundleException | RuntimeException e) {
            uninstallQuietly(bundle);
            refresh(context, List.of(bundle));
            String reason = e instanceof PlatformException ? e.getMessage() : "it did not start: " + describe(e);
            String reasonZh = e instanceof PlatformException refused ? refused.message(true) : "未能启动：" + describe(e);
            throw new PlatformException(label + " was not installed: " + reason, label + " 未安装：" + reasonZh, e);
        }
    }

    private static void requireInstallable(UploadedBundle inspected) {
        if (!inspected.installable()) {
            throw new PlatformException(inspected.fileName() + " was not installed. " + String.join(". ", inspected.problems()) + ".",
                    inspected.fileName() + " 未安装。" + String.join(". ", inspected.problems()) + "."); // the inspector's findings are English
        }
    }

    /** A bundle of that name already running, or one a repository feature would install. */
    private List<String> clashes(String symbolicName) {
        List<String> clashes = new ArrayList<>();
        if (Constants.SYSTEM_BUNDLE_SYMBOLICNAME.equals(symbolicName)) {
            clashes.add("Its Bundle-SymbolicName " + symbolicName + " is the framework's own name");
        }
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                clashes.add(isPlatform.test(bundle)
                        ? "Its Bundle-SymbolicName " + symbolicName + " is the name of the platform bundle " + symbolicName + " "
                                + bundle.getVersion() + "; the platform cannot be replaced by an upload"
                        : "A bundle named " + symbolicName + " is already installed (version " + bundle.getVersion()
                                + "); uninstall it first");
            }
        }
        if (clashes.isEmpty()) {
            featureWithBundle(symbolicName).ifPresent(feature -> clashes.add("Its Bundle-SymbolicName " + symbolicName
                    + " is the name of a bundle of feature " + feature.name() + " in the product's repository; install that feature instead"));
        }
        return clashes;
    }

    private Optional<Feature> featureWithBundle(String symbolicName) {
        try {
            for (Feature feature : repository.features()) {
                for (ArtifactId artifact : feature.bundles()) {
                    if (repository.symbolicName(artifact).filter(symbolicName::equals).isPresent()) {
                        return Optional.of(feature);
                    }
                }
            }
            return Optional.empty();
        } catch (FeatureFileException e) {
            throw new PlatformException(e.getMessage(), e);
        }
    }

    private TrustedUploads requireRecords() {
        return Optional.ofNullable(records.getService())
                .orElseThrow(() -> new PlatformException("The record of trusted uploads is not available; is the database up?"));
    }

    private UploadedJarFiles files() {
        String dataDirectory = context.getProperty("cultivar.data.dir");
        if (dataDirectory == null) {
            throw new PlatformException("The data directory is not known (framework property cultivar.data.dir); uploads cannot be kept");
        }
        return new UploadedJarFiles(Path.of(dataDirectory, "uploads"));
    }

    private static void discard(UploadedJarFiles files, UploadedBundle inspected, boolean written) {
        if (written) {
            try {
                files.delete(inspected.sha256());
            } catch (PlatformException e) {
                LOG.warn("{}", e.getMessage());
            }
        }
    }
}
