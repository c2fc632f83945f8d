package org.cultivar.audit;

import java.util.Set;
import java.util.function.Function;

import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditQuery;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;

/**
 * The text fields of an audit event: the name refusals give each, how an ordinary event carries
 * other text in it, where the stored entry keeps it, and the search filter on it, if any.
 */
enum EventField {

    ACTOR_ID("actor id", "actorId", AuditEntry::actorId) {
        @Override
        AuditEvent carrying(String text) {
            Actor actor = new Actor(text, "Hostile", Set.of(Role.CLERK), RegionCode.of("440100"));
            return new AuditEvent(actor, ORDINARY.action(), ORDINARY.entityType(), ORDINARY.entityId(),
                    ORDINARY.region(), ORDINARY.before(), ORDINARY.after());
        }

        @Override
        AuditQuery query(String text) {
            return new AuditQuery(text, null, null, null, null, null, 0, EntrySearch.MAXIMUM_LIMIT);
        }
    },
    ACTION("action", "action", AuditEntry::action) {
        @Override
        AuditEvent carrying(String text) {
            return new AuditEvent(ORDINARY.actor(), text, ORDINARY.entityType(), ORDINARY.entityId(), ORDINARY.region(),
                    ORDINARY.before(), ORDINARY.after());
        }

        @Override
        AuditQuery query(String text) {
            return new AuditQuery(null, text, null, null, null, null, 0, EntrySearch.MAXIMUM_LIMIT);
        }
    },
    ENTITY_TYPE("entity type", "entityType", AuditEntry::entityType) {
        @Override
        AuditEvent carrying(String text) {
            return new AuditEvent(ORDINARY.actor(), ORDINARY.action(), text, ORDINARY.entityId(), ORDINARY.region(),
                    ORDINARY.before(), ORDINARY.after());
        }

        @Override
        AuditQuery query(String text) {
            return new AuditQuery(null, null, text, null, null, null, 0, EntrySearch.MAXIMUM_LIMIT);
        }
    },
    ENTITY_ID("entity id", "entityId", AuditEntry::entityId) {
        @Override
        AuditEvent carrying(String text) {
            return new AuditEvent(ORDINARY.actor(), ORDINARY.action(), ORDINARY.entityType(), text, ORDINARY.region(),
                    ORDINARY.before(), ORDINARY.after());
        }

        @Override
        AuditQuery query(String text) {
            return new AuditQuery(null, null, null, text, null, null, 0, EntrySearch.MAXIMUM_LIMIT);
        }
    },
    REGION("region", null, AuditEntry::region) {
        @Override
        AuditEvent carrying(String text) {
            return ORDINARY.withRegion(text);
        }
    },
    BEFORE("before", null, AuditEntry::before) {
        @Override
        AuditEvent carrying(String text) {
            return ORDINARY.withChange(text, ORDINARY.after());
        }
    },
    AFTER("after", null, AuditEntry::after) {
        @Override
        AuditEvent carrying(String text) {
            return ORDINARY.withChange(ORDINARY.before(), text);
        }
    };

    /** A Guangzhou clerk records a payout in Tianhe district. */
    static final AuditEvent ORDINARY = new AuditEvent(Actors.GUANGZHOU_CLERK, "payout.recorded", "payout", "P-1",
            "440106", null, "{\"amount\":\"1000.00\"}");

    private final String label;
    private final String filter;
    private final Function<AuditEntry, String> stored;

    EventField(String label, String filter, Function<AuditEntry, String> stored) {
        this.label = label;
        this.filter = filter;
        this.stored = stored;
    }

    /** The ordinary event with this field set to the text. */
    abstract AuditEvent carrying(String text);

    /** A search for entries whose field is exactly the text. */
    AuditQuery query(String text) {
        throw new UnsupportedOperationException("The trail cannot be searched by " + label);
    }

    /** As refusals name it: "Audit event field 'entity id' ...". */
    String label() {
        return label;
    }

    /** As the search refusals name its filter: "Audit query 'entityId' ...", or null if there is none. */
    String filter() {
        return filter;
    }

    String of(AuditEntry entry) {
        return stored.apply(entry);
    }
}
