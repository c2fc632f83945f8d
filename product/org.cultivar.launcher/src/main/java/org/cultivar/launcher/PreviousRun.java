package org.cultivar.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.audit.VerificationResult;
import org.cultivar.core.api.security.Actor;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the last run on this data directory stopped cleanly. A marker file exists while
 * Cultivar runs and is removed when it stops; finding one at start means the process was killed
 * or the machine lost power. The database recovers by itself (ADR 0013), so the start goes on;
 * what an operator and an auditor then want to know is whether the audit trail is still whole,
 * so its chain is verified in the background and the answer logged, shown under
 * {@code previousRun} in {@code /health} and recorded in the trail itself.
 */
public final class PreviousRun {

    static final String MARKER = "cultivar.running";
    private static final Logger LOG = LoggerFactory.getLogger(PreviousRun.class);
    private static final long AUDIT_WAIT_MILLIS = 120_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the check of an unclean stop stands. */
    public enum AuditCheck { NOT_NEEDED, VERIFYING, INTACT, BROKEN, FAILED }

    private final Path marker;
    private final String previousMarker;
    private volatile AuditCheck auditCheck;
    private volatile String auditDetail;

    private PreviousRun(Path marker, String previousMarker) {
        this.marker = marker;
        this.previousMarker = previousMarker;
        this.auditCheck = previousMarker == null ? AuditCheck.NOT_NEEDED : AuditCheck.VERIFYING;
    }

    /** Reads the marker a previous run may have left, then leaves this run's. */
    static PreviousRun begin(DataDirectory data) throws StartupException {
        Path marker = data.root().resolve(MARKER);
        try {
            String previous = Files.exists(marker) ? Files.readString(marker, StandardCharsets.UTF_8).strip() : null;
            Files.writeString(marker, "pid " + ProcessHandle.current().pid() + ", started " + Instant.now() + "\n",
                    StandardCharsets.UTF_8);
            if (previous != null) {
                LOG.warn("The previous run on this data directory ({}) did not stop cleanly; the audit trail's chain"
                        + " will be verified once the platform is up", previous.isEmpty() ? "no details" : previous);
            }
            return new PreviousRun(marker, previous);
        } catch (IOException e) {
            throw new StartupException("Cannot write " + marker + " (" + e.getMessage() + "); choose another data directory with --data");
        }
    }

    public boolean stoppedCleanly() {
        return previousMarker == null;
    }

    /** What {@code /health} shows under {@code previousRun}. */
    public Map<String, Object> describe() {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("stoppedCleanly", stoppedCleanly());
        if (!stoppedCleanly()) {
            description.put("run", previousMarker);
            description.put("auditChain", auditCheck.name());
            if (auditDetail != null) {
                description.put("auditDetail", auditDetail);
            }
        }
        return description;
    }

    /** After an unclean stop: verifies the chain on a thread of its own, so that the start does not wait for it. */
    void verifyAuditTrailIfNeeded(BundleContext context) {
        if (stoppedCleanly()) {
            return;
        }
        Thread check = new Thread(() -> verify(context), "cultivar-unclean-stop-check");
        check.setDaemon(true);
        check.start();
    }

    private void verify(BundleContext context) {
        try {
            Boolean checked = AuditVerification.withAuditTrail(context, AUDIT_WAIT_MILLIS, trail -> {
                VerificationResult result = trail.verify(Actor.SYSTEM);
                if (result.intact()) {
                    finish(AuditCheck.INTACT, result.entriesChecked() + " entries verified");
                } else {
                    finish(AuditCheck.BROKEN, "broken at entry " + result.firstBrokenSequence() + ": " + result.problem());
                }
                record(trail);
                return true;
            });
            if (checked == null) {
                finish(AuditCheck.FAILED, "the audit trail did not start within " + AUDIT_WAIT_MILLIS / 1000 + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(AuditCheck.FAILED, "interrupted");
        } catch (RuntimeException e) {
            // the platform stopping under the check, or the database failing: reported, not fatal
            finish(AuditCheck.FAILED, e.toString());
        }
    }

    /** The check's outcome in the trail itself; failing to record it leaves the outcome as found. */
    private void record(AuditTrail trail) {
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("previousRun", previousMarker);
        recorded.put("auditChain", auditCheck.name());
        recorded.put("detail", auditDetail);
        try {
            trail.record(AuditEvent.of(Actor.SYSTEM, "platform.unclean-stop-checked", "platform", null)
                    .withChange(null, JSON.writeValueAsString(recorded)));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("The outcome of the unclean-stop check could not be recorded in the audit trail: {}", e.toString());
        }
    }

    private void finish(AuditCheck outcome, String detail) {
        auditDetail = detail;
        auditCheck = outcome;
        if (outcome == AuditCheck.INTACT) {
            LOG.info("After the unclean stop the audit trail is intact: {}", detail);
        } else {
            LOG.error("After the unclean stop the audit trail check says {}: {}; run --verify-audit and tell the auditors",
                    outcome, detail);
        }
    }

    /**
     * A start that failed left nothing running, but the unclean stop before it has not been
     * checked yet: the marker goes back to what the earlier run left, so the next start checks.
     */
    void startFailed() {
        if (stoppedCleanly()) {
            end();
            return;
        }
        try {
            Files.writeString(marker, previousMarker + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Could not restore {}: {}", marker, e.toString());
        }
    }

    /** Removes the marker: the run stopped cleanly. */
    void end() {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            LOG.warn("Could not remove {}; the next start will report an unclean stop: {}", marker, e.toString());
        }
    }
}
