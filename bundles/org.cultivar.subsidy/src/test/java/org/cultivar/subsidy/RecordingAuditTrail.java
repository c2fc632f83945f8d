package org.cultivar.subsidy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditQuery;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.audit.VerificationResult;
import org.cultivar.core.api.security.Actor;
import org.cultivar.store.api.Transactions;

/**
 * Stands in for the audit bundle. It insists on being called inside a transaction and keeps an
 * event only once that transaction commits, so a test sees exactly what the real trail would hold.
 */
final class RecordingAuditTrail implements AuditTrail {

    private final Transactions transactions;
    private final List<AuditEvent> committed = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    RecordingAuditTrail(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        if (!transactions.active()) {
            throw new AssertionError("Audit event " + event.action() + " recorded outside a transaction");
        }
        transactions.afterCommit(() -> committed.add(event));
        return new AuditEntry(sequence.incrementAndGet(), Instant.now(), event.actor().userId(),
                event.actor().roles().toString(), event.actor().scope().code(), event.action(), event.entityType(),
                event.entityId(), event.region(), event.before(), event.after(), "not-hashed-in-tests");
    }

    List<AuditEvent> events() {
        return List.copyOf(committed);
    }

    List<String> actions() {
        return committed.stream().map(AuditEvent::action).toList();
    }

    List<AuditEvent> events(String action) {
        return committed.stream().filter(event -> event.action().equals(action)).toList();
    }

    void clear() {
        committed.clear();
    }

    @Override
    public List<AuditEntry> find(Actor reader, AuditQuery query) {
        throw new UnsupportedOperationException("The engine only records");
    }

    @Override
    public VerificationResult verify(Actor reader) {
        throw new UnsupportedOperationException("The engine only records");
    }
}
