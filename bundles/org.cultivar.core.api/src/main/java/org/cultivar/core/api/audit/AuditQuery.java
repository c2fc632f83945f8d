package org.cultivar.core.api.audit;

import java.time.LocalDate;

/**
 * Filters for browsing the trail; {@code null} means "any". Dates are inclusive, in the
 * business time zone (Asia/Shanghai).
 */
public record AuditQuery(String actorId, String action, String entityType, String entityId,
                         LocalDate from, LocalDate to, int offset, int limit) {

    public static AuditQuery all(int offset, int limit) {
        return new AuditQuery(null, null, null, null, null, null, offset, limit);
    }
}
