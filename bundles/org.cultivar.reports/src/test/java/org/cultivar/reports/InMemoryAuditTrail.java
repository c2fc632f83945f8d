package org.cultivar.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditQuery;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.audit.VerificationResult;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;

/** The audit trail's contract as the reports use it: filters, newest first, the reader's region. */
final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();

    void add(Instant at, String actorId, String action, String entityType, String entityId, String region,
             String before, String after) {
        long sequence = entries.size() + 1;
        entries.add(new AuditEntry(sequence, at, actorId, "CLERK", region, action, entityType, entityId, region, before,
                after, String.format("%064x", sequence)));
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        throw new UnsupportedOperationException("reports only read the trail");
    }

    @Override
    public List<AuditEntry> find(Actor reader, AuditQuery query) {
        if (!reader.has(Role.AUDITOR) && !reader.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators and auditors may read the audit trail");
        }
        return entries.stream()
                .filter(e -> reader.has(Role.ADMINISTRATOR) || e.region() == null
                        || reader.scope().covers(org.cultivar.core.api.security.RegionCode.of(e.region())))
                .filter(e -> query.entityType() == null || query.entityType().equals(e.entityType()))
                .filter(e -> query.entityId() == null || query.entityId().equals(e.entityId()))
                .filter(e -> query.from() == null || !day(e).isBefore(query.from()))
                .filter(e -> query.to() == null || !day(e).isAfter(query.to()))
                .sorted(Comparator.comparingLong(AuditEntry::sequence).reversed())
                .skip(query.offset())
                .limit(query.limit())
                .toList();
    }

    private static LocalDate day(AuditEntry entry) {
        return entry.recordedAt().atZone(Labels.BUSINESS_ZONE).toLocalDate();
    }

    @Override
    public VerificationResult verify(Actor reader) {
        throw new UnsupportedOperationException("reports do not verify the trail");
    }
}
