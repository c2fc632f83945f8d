package org.cultivar.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;

/** Appends an event, already checked by {@link EventRules}, as the next link of the chain. */
final class ChainAppender {

    private static final String INSERT = "INSERT INTO audit_entry (" + EntryRows.COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final InstantSource clock;

    ChainAppender(InstantSource clock) {
        this.clock = clock;
    }

    /**
     * Links the entry to the transaction's running head and moves that on; the transaction's
     * first append locks the head row, which stays locked until the caller's transaction ends,
     * and the row is written once, just before the commit. That is why callers record as the
     * last step of their unit of work (docs/adr/0003-audit-chain.md).
     */
    AuditEntry append(Connection connection, RunningHead running, AuditEvent event) throws SQLException {
        String actorRoles = rolesOf(event.actor());
        String actorRegion = event.actor().scope() == null ? null : event.actor().scope().code();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            ChainHead head = running.next(connection);
            // read under the lock, so that (clock adjustments aside) times follow the sequence
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what both databases keep
            AuditEntry unsealed = new AuditEntry(head.lastSequence() + 1, now, event.actor().userId(), actorRoles,
                    actorRegion, event.action(), event.entityType(), event.entityId(), event.region(),
                    event.before(), event.after(), null);
            String hash = EntryHash.of(unsealed, head.lastHash());
            bind(insert, unsealed, head.lastHash(), hash);
            insert.executeUpdate();
            running.movedTo(new ChainHead(unsealed.sequence(), hash));
            return sealed(unsealed, hash);
        }
    }

    private static void bind(PreparedStatement insert, AuditEntry entry, String previousHash, String hash)
            throws SQLException {
        insert.setLong(1, entry.sequence());
        insert.setObject(2, entry.recordedAt().atOffset(ZoneOffset.UTC));
        insert.setString(3, entry.actorId());
        insert.setString(4, entry.actorRoles());
        insert.setString(5, entry.actorRegion());
        insert.setString(6, entry.action());
        insert.setString(7, entry.entityType());
        insert.setString(8, entry.entityId());
        insert.setString(9, entry.region());
        insert.setString(10, entry.before());
        insert.setString(11, entry.after());
        insert.setString(12, previousHash);
        insert.setString(13, hash);
    }

    /** Role names sorted alphabetically, comma-separated: stable even if the enum is reordered. */
    private static String rolesOf(Actor actor) {
        return actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static AuditEntry sealed(AuditEntry entry, String hash) {
        return new AuditEntry(entry.sequence(), entry.recordedAt(), entry.actorId(), entry.actorRoles(),
                entry.actorRegion(), entry.action(), entry.entityType(), entry.entityId(), entry.region(),
                entry.before(), entry.after(), hash);
    }
}
