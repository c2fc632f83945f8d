package org.cultivar.core.api.audit;

import java.util.List;
import org.cultivar.core.api.security.Actor;

/**
 * The append-only, hash-chained audit trail. Entries are written inside the caller's
 * database transaction, so the change and its record exist together or not at all.
 */
public interface AuditTrail {

    /** Appends an entry in the current transaction (opening one if there is none). */
    AuditEntry record(AuditEvent event);

    /** Entries matching the query, newest first, limited to what the reader may see. */
    List<AuditEntry> find(Actor reader, AuditQuery query);

    /** Checks every link of the chain; reports the first broken one. */
    VerificationResult verify(Actor reader);
}
