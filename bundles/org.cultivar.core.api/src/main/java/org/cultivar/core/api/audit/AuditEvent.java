package org.cultivar.core.api.audit;

import org.cultivar.core.api.security.Actor;

/**
 * A state change to record: who did what to which entity, with the state before and after
 * (as short JSON or text; {@code null} where there is none).
 *
 * @param action     a stable verb such as {@code user.created}, {@code feature.installed},
 *                   {@code signin.failed}
 * @param region     the GB/T 2260 code of the region the entity belongs to, or {@code null}
 *                   for the shared registry and the platform
 */
public record AuditEvent(Actor actor, String action, String entityType, String entityId, String region,
                         String before, String after) {

    public static AuditEvent of(Actor actor, String action, String entityType, String entityId) {
        return new AuditEvent(actor, action, entityType, entityId, null, null, null);
    }

    public AuditEvent withRegion(String regionCode) {
        return new AuditEvent(actor, action, entityType, entityId, regionCode, before, after);
    }

    public AuditEvent withChange(String beforeState, String afterState) {
        return new AuditEvent(actor, action, entityType, entityId, region, beforeState, afterState);
    }
}
