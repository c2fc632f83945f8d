package org.cultivar.core.api.audit;

import java.time.Instant;

/** One link of the audit chain as stored. */
public record AuditEntry(long sequence, Instant recordedAt, String actorId, String actorRoles, String actorRegion,
                         String action, String entityType, String entityId, String region,
                         String before, String after, String hash) {
}
