package org.cultivar.subsidy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.store.api.Transactions;

/**
 * What every engine service works with: the shared transaction, the audit trail (written inside
 * it), events (sent after it commits) and the clock.
 */
record EngineContext(Transactions transactions, AuditTrail audit, SubsidyEvents events, Clock clock) {

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return BusinessDay.today(clock);
    }

    /**
     * The audit entry of a state change, in the current transaction, and its event after commit:
     * topic {@code entity/ACTION}, e.g. {@code application/RECORDED}.
     */
    void changed(Actor actor, String entity, long id, RegionCode region, String action, String after) {
        audit.record(AuditEvent.of(actor, entity + "." + action.toLowerCase(java.util.Locale.ROOT).replace('_', '-'), entity,
                Long.toString(id)).withRegion(region.code()).withChange(null, after));
        events.publish(entity + "/" + action, Map.of("id", id, "region", region.code(), "actor", actor.userId()));
    }
}
