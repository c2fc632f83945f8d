package org.cultivar.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.cultivar.core.api.audit.AuditEntry;

/** Reading {@code audit_entry} rows; the select list and the mapping are kept side by side. */
final class EntryRows {

    /** Every column, in the order {@link #read} expects. */
    static final String COLUMNS = "sequence_number, recorded_at, actor_id, actor_roles, actor_region, action, "
            + "entity_type, entity_id, region, before_state, after_state, previous_hash, hash";

    private EntryRows() {
    }

    /** The entry of the current row; its previous hash is {@link #previousHash}. */
    static AuditEntry read(ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                row.getString(8), row.getString(9), row.getString(10), row.getString(11), row.getString(13));
    }

    static String previousHash(ResultSet row) throws SQLException {
        return row.getString(12);
    }
}
