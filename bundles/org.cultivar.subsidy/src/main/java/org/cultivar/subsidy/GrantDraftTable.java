package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import org.cultivar.registry.api.CreditCode;

/** The engine's record of no-application drafts: which titles were drafted, and since when a schedule drafts. */
final class GrantDraftTable {

    private GrantDraftTable() {
    }

    /** Whether the title already has its draft under the schedule (whatever became of it since: never a second). */
    static boolean drafted(Connection c, String scheduleId, long titleId) throws SQLException {
        return Jdbc.count(c, "SELECT COUNT(*) FROM subsidy_application WHERE schedule_id = ? AND granted_title_id = ?",
                scheduleId, titleId) > 0;
    }

    /** Whether the enterprise has an application under the schedule that still counts, e.g. one a clerk recorded. */
    static boolean standing(Connection c, String scheduleId, CreditCode enterprise) throws SQLException {
        return Jdbc.count(c, "SELECT COUNT(*) FROM subsidy_application WHERE schedule_id = ? AND credit_code = ?"
                + " AND status NOT IN ('WITHDRAWN', 'REJECTED')", scheduleId, enterprise.value()) > 0;
    }

    /** Names the title on its draft; the unique key refuses a second draft that a racing node wrote. */
    static void markTitle(Connection c, long applicationId, long titleId) throws SQLException {
        Jdbc.update(c, "UPDATE subsidy_application SET granted_title_id = ? WHERE id = ?", titleId, applicationId);
    }

    static Optional<LocalDate> draftsFrom(Connection c, String scheduleId) throws SQLException {
        return Jdbc.one(c, "SELECT drafts_from FROM subsidy_draft_on_grant WHERE schedule_id = ?",
                row -> Jdbc.date(row, "drafts_from"), scheduleId);
    }

    static void startDrafting(Connection c, String scheduleId, LocalDate day) throws SQLException {
        Jdbc.update(c, "INSERT INTO subsidy_draft_on_grant (schedule_id, drafts_from) VALUES (?, ?)", scheduleId, day);
    }
}
