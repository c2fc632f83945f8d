package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.subsidy.api.process.ScheduleChange;

/** The rows of {@code subsidy_schedule_change}: dated parameter changes, their values as JSON objects of text. */
final class ScheduleChangeTable {

    private static final String COLUMNS = "id, schedule_id, region_code, pid, effective_on, reason, before_values, after_values,"
            + " proposed_by, proposed_at, applied_at";

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
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM subsidy_schedule_change WHERE id = ?", ScheduleChangeTable::read, id)
                .orElseThrow(() -> new IllegalStateException("No schedule change " + id));
    }

    /** Every change of the schedule, the latest effective first. */
    static List<ScheduleChange> history(Connection c, String scheduleId) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM subsidy_schedule_change WHERE schedule_id = ? ORDER BY effective_on DESC, id DESC",
                row -> read(row).change(), scheduleId);
    }

    /** The changes in force by the day, applied or not, in the order they take effect. */
    static List<Stored> effectiveBy(Connection c, String scheduleId, LocalDate day) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM subsidy_schedule_change WHERE schedule_id = ? AND effective_on <= ?"
                + " ORDER BY effective_on, id", ScheduleChangeTable::read, scheduleId, day);
    }

    /** The schedules with a change whose day has come but which is not applied yet. */
    static List<String> schedulesWithDueChanges(Connection c, LocalDate today) throws SQLException {
        return Jdbc.list(c, "SELECT DISTINCT schedule_id FROM subsidy_schedule_change WHERE applied_at IS NULL AND effective_on <= ?"
                + " ORDER BY schedule_id", row -> row.getString(1), today);
    }

    /** Marks the change applied unless another node did first; whether this call did. */
    static boolean markApplied(Connection c, long id, Instant at) throws SQLException {
        return Jdbc.update(c, "UPDATE subsidy_schedule_change SET applied_at = ? WHERE id = ? AND applied_at IS NULL", at, id) == 1;
    }

    private static Stored read(ResultSet row) throws SQLException {
        java.sql.Timestamp applied = row.getTimestamp("applied_at");
        ScheduleChange change = new ScheduleChange(row.getLong("id"), row.getString("schedule_id"), RegionCode.of(row.getString("region_code")),
                Jdbc.date(row, "effective_on"), row.getString("reason"), values(row.getString("before_values")),
                values(row.getString("after_values")), row.getString("proposed_by"), Jdbc.instant(row, "proposed_at"),
                applied == null ? null : applied.toInstant());
        return new Stored(change, row.getString("pid"));
    }

    private static SortedMap<String, String> values(String json) {
        SortedMap<String, String> values = new TreeMap<>();
        ((Map<?, ?>) Json.parse(json)).forEach((key, value) -> values.put(key.toString(), value == null ? "" : value.toString()));
        return values;
    }
}
