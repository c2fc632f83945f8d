package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.subsidy.api.process.ScheduleChange;

/** The rows of {@code subsidy_schedule_change}: dated parameter changes, their values as JSON objects of text. */
final class ScheduleChangeTable {

    private static final String COLUMNS = "id, schedule_id, region_code, pid, effective_on, reason, before_values, after_values,"
            + " proposed_by, proposed_at, applied_at, replaced_values, cancelled_by, cancelled_at, cancel_reason";
    private static final String NOT_CANCELLED = " AND cancelled_at IS NULL";

    /** A stored change and the pid it applies to. */
    record Stored(ScheduleChange change, String pid) {
    }

    private ScheduleChangeTable() {
    }

    static long insert(Connection c, String scheduleId, RegionCode region, String pid, LocalDate effectiveOn, String reason,
                       Map<String, String> before, Map<String, String> after, Actor proposedBy, Instant proposedAt) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO subsidy_schedule_change (schedule_id, region_code, pid, effective_on, reason, before_values,"
                        + " after_values, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                scheduleId, region.code(), pid, effectiveOn, reason, Json.write(new TreeMap<>(before)), Json.write(new TreeMap<>(after)),
                proposedBy.userId(), proposedAt);
    }

    static Stored get(Connection c, long id) throws SQLException {
        return find(c, id).orElseThrow(() -> new IllegalStateException("No schedule change " + id));
    }

    static Optional<Stored> find(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM subsidy_schedule_change WHERE id = ?", ScheduleChangeTable::read, id);
    }

    /** Every change of the schedule, the latest effective first. */
    static List<ScheduleChange> history(Connection c, String scheduleId) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM subsidy_schedule_change WHERE schedule_id = ? ORDER BY effective_on DESC, id DESC",
                row -> read(row).change(), scheduleId);
    }

    /** The changes in force by the day, applied or not but not cancelled, in the order they take effect. */
    static List<Stored> effectiveBy(Connection c, String scheduleId, LocalDate day) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM subsidy_schedule_change WHERE schedule_id = ? AND effective_on <= ?"
                + NOT_CANCELLED + " ORDER BY effective_on, id", ScheduleChangeTable::read, scheduleId, day);
    }

    /** The changes still waiting, in the order they take effect. */
    static List<ScheduleChange> pending(Connection c, String scheduleId) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM subsidy_schedule_change WHERE schedule_id = ? AND applied_at IS NULL"
                + NOT_CANCELLED + " ORDER BY effective_on, id", row -> read(row).change(), scheduleId);
    }

    /** The schedules with a change whose day has come but which is neither applied nor cancelled. */
    static List<String> schedulesWithDueChanges(Connection c, LocalDate today) throws SQLException {
        return Jdbc.list(c, "SELECT DISTINCT schedule_id FROM subsidy_schedule_change WHERE applied_at IS NULL AND effective_on <= ?"
                + NOT_CANCELLED + " ORDER BY schedule_id", row -> row.getString(1), today);
    }

    /**
     * Marks the change applied, with the values it replaced, unless another node applied it or an
     * official cancelled it first; whether this call did.
     */
    static boolean markApplied(Connection c, long id, Instant at, Map<String, String> replaced) throws SQLException {
        return Jdbc.update(c, "UPDATE subsidy_schedule_change SET applied_at = ?, replaced_values = ? WHERE id = ? AND applied_at IS NULL"
                + NOT_CANCELLED, at, Json.write(new TreeMap<>(replaced)), id) == 1;
    }

    /** Marks a waiting change cancelled unless it was applied or cancelled meanwhile; whether this call did. */
    static boolean markCancelled(Connection c, long id, Actor by, Instant at, String reason) throws SQLException {
        return Jdbc.update(c, "UPDATE subsidy_schedule_change SET cancelled_by = ?, cancelled_at = ?, cancel_reason = ? WHERE id = ?"
                + " AND applied_at IS NULL" + NOT_CANCELLED, by.userId(), at, reason, id) == 1;
    }

    private static Stored read(ResultSet row) throws SQLException {
        java.sql.Timestamp applied = row.getTimestamp("applied_at");
        java.sql.Timestamp cancelled = row.getTimestamp("cancelled_at");
        String replaced = row.getString("replaced_values");
        // applied: what it replaced; otherwise as seen when proposed (the service projects a waiting change's)
        SortedMap<String, String> before = values(replaced != null ? replaced : row.getString("before_values"));
        ScheduleChange change = new ScheduleChange(row.getLong("id"), row.getString("schedule_id"), RegionCode.of(row.getString("region_code")),
                Jdbc.date(row, "effective_on"), row.getString("reason"), before,
                values(row.getString("after_values")), row.getString("proposed_by"), Jdbc.instant(row, "proposed_at"),
                applied == null ? null : applied.toInstant(), cancelled == null ? null
                        : new ScheduleChange.Cancellation(row.getString("cancelled_by"), cancelled.toInstant(), row.getString("cancel_reason")));
        return new Stored(change, row.getString("pid"));
    }

    private static SortedMap<String, String> values(String json) {
        SortedMap<String, String> values = new TreeMap<>();
        ((Map<?, ?>) Json.parse(json)).forEach((key, value) -> values.put(key.toString(), value == null ? "" : value.toString()));
        return values;
    }
}
