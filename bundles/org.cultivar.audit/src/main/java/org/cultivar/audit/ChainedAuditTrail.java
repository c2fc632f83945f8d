package org.cultivar.audit;

import java.time.InstantSource;
import java.util.List;

import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditQuery;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.audit.VerificationResult;
import org.cultivar.core.api.security.Actor;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The audit trail over tables {@code audit_entry} and {@code audit_chain_head}. Writing joins
 * the caller's transaction, so a change and its entry commit or roll back together; reading
 * and verifying check the reader's role and region here, whatever the UI shows.
 */
@Component(service = AuditTrail.class)
public class ChainedAuditTrail implements AuditTrail {

    private final Transactions transactions;
    private final ChainAppender appender;

    /** The schema reference is there only to wait until the store has applied our migrations. */
    @Activate
    public ChainedAuditTrail(@Reference Transactions transactions,
                             @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.audit)") Schema schema) {
        this(transactions, InstantSource.system());
    }

    ChainedAuditTrail(Transactions transactions, InstantSource clock) {
        this.transactions = transactions;
        this.appender = new ChainAppender(clock);
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        EventRules.check(event);
        return transactions.required(connection -> appender.append(connection, runningHead(), event));
    }

    /** The caller's transaction's head (see RunningHead for why it is kept there). */
    private RunningHead runningHead() {
        return transactions.resource(RunningHead.class, () -> new RunningHead(transactions));
    }

    @Override
    public List<AuditEntry> find(Actor reader, AuditQuery query) {
        EntrySearch search = new EntrySearch(query, ReadAccess.toBrowse(reader));
        return transactions.required(search::run);
    }

    @Override
    public VerificationResult verify(Actor reader) {
        ReadAccess.toVerify(reader);
        return transactions.required(connection -> {
            // entries this transaction appended lie beyond the head row until it is written
            runningHead().write(connection);
            return new ChainVerifier(connection).verify();
        });
    }
}
