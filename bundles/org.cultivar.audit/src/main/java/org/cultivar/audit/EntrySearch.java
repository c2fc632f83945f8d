package org.cultivar.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditQuery;

/** One page of entries for a query, newest first, within what the reader may see. */
final class EntrySearch {

    /** The largest page: the UI pages lazily, and a bigger page is an export, not a browse. */
    static final int MAXIMUM_LIMIT = 500;

    /** Query dates are calendar days in the business time zone (DESIGN.md, "Dates"). */
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    /** Four-digit years: what a date field offers, and well inside what both databases keep. */
    static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private final int offset;
    private final int limit;

    /** @throws IllegalArgumentException naming the paging, date or text filter that makes no sense */
    EntrySearch(AuditQuery query, ReadAccess access) {
        if (query == null) {
            throw new IllegalArgumentException("The audit query is missing");
        }
        if (query.offset() < 0) {
            throw new IllegalArgumentException("Audit query 'offset' must not be negative, got " + query.offset());
        }
        if (query.limit() < 1) {
            throw new IllegalArgumentException("Audit query 'limit' must be at least 1, got " + query.limit());
        }
        requireFourDigitYear("from", query.from());
        requireFourDigitYear("to", query.to());
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new IllegalArgumentException("Audit query 'from' (" + query.from() + ") is after 'to' (" + query.to() + ")");
        }
        offset = query.offset();
        limit = Math.min(query.limit(), MAXIMUM_LIMIT);
        equal("actor_id", "actorId", query.actorId());
        equal("action", "action", query.action());
        equal("entity_type", "entityType", query.entityType());
        equal("entity_id", "entityId", query.entityId());
        if (query.from() != null) {
            condition("recorded_at >= ?", startOf(query.from()));
        }
        if (query.to() != null) {
            condition("recorded_at < ?", startOf(query.to().plusDays(1))); // 'to' is inclusive
        }
        if (!access.everything()) {
            condition("(region IS NULL OR region LIKE ?)", access.coveredRegionPattern());
        }
    }

    List<AuditEntry> run(Connection connection) throws SQLException {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String sql = "SELECT " + EntryRows.COLUMNS + " FROM audit_entry" + where
                + " ORDER BY sequence_number DESC LIMIT ? OFFSET ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object parameter : parameters) {
                select.setObject(index++, parameter);
            }
            select.setInt(index++, limit);
            select.setInt(index, offset);
            try (ResultSet rows = select.executeQuery()) {
                List<AuditEntry> page = new ArrayList<>();
                while (rows.next()) {
                    page.add(EntryRows.read(rows));
                }
                return page;
            }
        }
    }

    /** A blank filter means "any", as null does: an empty search field filters nothing. */
    private void equal(String column, String filter, String value) {
        if (value != null && !value.isBlank()) {
            // no entry holds such text, and PostgreSQL would fail on NUL or find '?' for a broken pair
            int position = EventRules.unstorableAt(value);
            if (position >= 0) {
                throw new IllegalArgumentException("Audit query '" + filter + "' contains a character no entry can hold "
                        + "(NUL or a broken surrogate pair) at position " + position);
            }
            condition(column + " = ?", value);
        }
    }

    private static void requireFourDigitYear(String filter, LocalDate day) {
        if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
            throw new IllegalArgumentException("Audit query '" + filter + "' must be a day from " + FIRST_DAY + " to "
                    + LAST_DAY + ", got " + day);
        }
    }

    private void condition(String sql, Object parameter) {
        conditions.add(sql);
        parameters.add(parameter);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(BUSINESS_ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
