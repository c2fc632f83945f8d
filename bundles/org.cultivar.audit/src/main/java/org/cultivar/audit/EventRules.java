package org.cultivar.audit;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.security.RegionCode;

/**
 * What an audit event must look like before it is stored. A refusal names the field, so a
 * caller's bug shows as a clear message rather than a database error, and nothing is written.
 */
final class EventRules {

    /**
     * An entry is a record of a change, not a store for documents: bulk operations carry a
     * digest and counts instead (DESIGN.md, "Audit and events").
     */
    static final int MAXIMUM_STATE_LENGTH = 1_000_000;

    private EventRules() {
    }

    /** @throws IllegalArgumentException naming the first field that is missing or malformed */
    static void check(AuditEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("The audit event is missing");
        }
        if (event.actor() == null) {
            throw new IllegalArgumentException("The audit event has no actor");
        }
        required("actor id", event.actor().userId(), 100);
        required("action", event.action(), 100);
        required("entity type", event.entityType(), 100);
        optional("entity id", event.entityId(), 200);
        optional("before", event.before(), MAXIMUM_STATE_LENGTH);
        optional("after", event.after(), MAXIMUM_STATE_LENGTH);
        if (event.region() != null) {
            try {
                RegionCode.of(event.region());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Audit event field 'region': " + e.getMessage(), e);
            }
        }
    }

    private static void required(String field, String value, int maximumLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Audit event field '" + field + "' must not be blank");
        }
        optional(field, value, maximumLength);
    }

    private static void optional(String field, String value, int maximumLength) {
        if (value == null) {
            return;
        }
        if (value.length() > maximumLength) {
            throw new IllegalArgumentException("Audit event field '" + field + "' has " + value.length()
                    + " characters; at most " + maximumLength + " are allowed");
        }
        storable(field, value);
    }

    /**
     * PostgreSQL refuses the NUL character, and a lone surrogate would be stored as '?' (UTF-8
     * cannot encode it): either way the stored text would differ from what was hashed.
     */
    private static void storable(String field, String value) {
        int position = unstorableAt(value);
        if (position >= 0) {
            throw new IllegalArgumentException("Audit event field '" + field
                    + "' contains a character that cannot be stored (NUL or a broken surrogate pair) at position " + position);
        }
    }

    /** The position of the first NUL or broken surrogate pair in the text, or -1 if there is none. */
    static int unstorableAt(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean loneHigh = Character.isHighSurrogate(c)
                    && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)));
            boolean loneLow = Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
            if (c == '\0' || loneHigh || loneLow) {
                return i;
            }
        }
        return -1;
    }
}
