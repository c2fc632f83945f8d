package org.cultivar.launcher;

import java.nio.file.Path;
import java.util.function.Function;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.audit.VerificationResult;
import org.cultivar.core.api.security.Actor;
import org.cultivar.launcher.cli.LaunchOptions;
import org.cultivar.launcher.framework.EmbeddedFramework;
import org.cultivar.launcher.provisioning.FeatureManager;
import org.cultivar.launcher.provisioning.FeatureRepository;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code --verify-audit}: starts the platform without the web server, verifies the audit
 * chain as the system actor and prints the outcome. Exit 0 when intact, 1 when broken.
 */
final class AuditVerification {

    private AuditVerification() {
    }

    /**
     * Waits up to {@code waitMillis} for the audit trail to start and applies {@code use} to it while
     * it is held; {@code null} if it did not start in time. Shared by {@code --verify-audit} and the
     * check after an unclean stop ({@link PreviousRun}).
     */
    static <T> T withAuditTrail(BundleContext context, long waitMillis, Function<AuditTrail, T> use)
            throws InterruptedException {
        ServiceTracker<AuditTrail, AuditTrail> tracker = new ServiceTracker<>(context, AuditTrail.class, null);
        tracker.open();
        try {
            AuditTrail trail = tracker.waitForService(waitMillis);
            return trail == null ? null : use.apply(trail);
        } finally {
            tracker.close();
        }
    }

    static int run(LaunchOptions options, DataDirectory data, Path repository) throws StartupException {
        EmbeddedFramework framework = null;
        FeatureManager features = null;
        try {
            framework = EmbeddedFramework.start(data, Cultivar.frameworkProperties(options));
            features = new FeatureManager(framework.context(), new FeatureRepository(repository));
            features.installPlatform();
            VerificationResult result = withAuditTrail(framework.context(), 30_000, trail -> trail.verify(Actor.SYSTEM));
            if (result == null) {
                throw new StartupException("The audit trail did not start; see the log under " + data.logs());
            }
            if (result.intact()) {
                System.out.println("Audit trail intact: " + result.entriesChecked() + " entries verified.");
                return 0;
            }
            System.out.println("Audit trail BROKEN at entry " + result.firstBrokenSequence() + ": " + result.problem()
                    + " (" + result.entriesChecked() + " entries checked before it).");
            return 1;
        } catch (StartupException e) {
            throw e;
        } catch (Exception e) {
            throw new StartupException("Audit verification failed: " + e.getMessage(), e);
        } finally {
            if (features != null) {
                features.close();
            }
            if (framework != null) {
                framework.stop(10_000);
            }
        }
    }
}
