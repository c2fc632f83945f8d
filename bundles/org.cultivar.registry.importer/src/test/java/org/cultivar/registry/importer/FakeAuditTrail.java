package org.cultivar.registry.importer;

import java.util.ArrayList;
import java.util.List;

import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditQuery;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.audit.VerificationResult;
import org.cultivar.core.api.security.Actor;

/** Keeps the recorded events; only committed ones count. */
final class FakeAuditTrail implements AuditTrail, FakeTransactions.Participant {

    final List<AuditEvent> committed = new ArrayList<>();
    private final List<AuditEvent> pending = new ArrayList<>();

    @Override
    public synchronized AuditEntry record(AuditEvent event) {
        pending.add(event);
        return null;
    }

    @Override
    public synchronized void commit() {
        committed.addAll(pending);
        pending.clear();
    }

    @Override
    public synchronized void rollback() {
        pending.clear();
    }

    @Override
    public List<AuditEntry> find(Actor reader, AuditQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public VerificationResult verify(Actor reader) {
        throw new UnsupportedOperationException();
    }
}
