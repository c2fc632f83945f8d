package org.cultivar.launcher.provisioning;

import java.util.List;
import java.util.Optional;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.platform.PlatformException;
import org.cultivar.store.api.Transactions;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Records platform changes in the audit trail, together with their database change in one
 * transaction. Without an audit trail nothing changes: an unrecorded change is not allowed.
 */
final class PlatformAudit implements AutoCloseable {

    private final ServiceTracker<AuditTrail, AuditTrail> trail;
    private final ServiceTracker<Transactions, Transactions> transactions;

    PlatformAudit(BundleContext context) {
        trail = new ServiceTracker<>(context, AuditTrail.class, null);
        transactions = new ServiceTracker<>(context, Transactions.class, null);
        trail.open();
        transactions.open();
    }

    /** Runs the database part of a change and records its event, in one transaction. */
    void record(AuditEvent event, Runnable databaseChange) {
        record(List.of(event), databaseChange);
    }

    /** Runs the database part of a change and records its events, in one transaction. */
    void record(List<AuditEvent> events, Runnable databaseChange) {
        AuditTrail audit = Optional.ofNullable(trail.getService())
                .orElseThrow(() -> new PlatformException("The audit trail is not running; the change was not made",
                        "审计记录服务未运行；未做任何更改"));
        Transactions tx = Optional.ofNullable(transactions.getService())
                .orElseThrow(() -> new PlatformException("The database is not available; the change was not made",
                        "数据库不可用；未做任何更改"));
        tx.required(c -> {
            databaseChange.run();
            events.forEach(audit::record);
            return null;
        });
    }

    void record(AuditEvent event) {
        record(event, () -> { });
    }

    /** Fails before a change is attempted if it could not be recorded. */
    void requireAvailable() {
        if (trail.getService() == null || transactions.getService() == null) {
            throw new PlatformException("The audit trail is not running; no change can be made",
                    "审计记录服务未运行；现在不能做任何更改");
        }
    }

    @Override
    public void close() {
        trail.close();
        transactions.close();
    }
}
