package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.cultivar.registry.api.Title;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.ConditionResult;
import org.cultivar.subsidy.api.process.ConflictException;

/**
 * A schedule's once-only limit judged again when the award is made. The assessment judged it
 * when the application was recorded, against the awards made until then; two applications of
 * one enterprise recorded before either was approved would otherwise both be awarded. The
 * assessment says which limit applied (its once-per-enterprise or once-per-title condition);
 * this looks for an award made since, in the database and earlier in the same chunk. Callers
 * hold the budget rows of the schedule's years locked, so two approvals under one schedule and
 * year see each other's awards.
 */
final class OnceAtApproval {

    static final String PER_ENTERPRISE = "once-per-enterprise";
    static final String PER_TITLE = "once-per-title";

    private final Connection c;
    private final Set<String> awardedInChunk = new HashSet<>();

    OnceAtApproval(Connection c) {
        this.c = c;
    }

    /** @throws ConflictException if the limit is spent since the application was recorded */
    void check(StoredApplication stored) throws SQLException {
        for (String key : keys(stored)) {
            if (awardedInChunk.contains(key)) {
                throw spent(stored, "another application approved in the same action");
            }
        }
        Assessment assessment = stored.application().assessment();
        String scheduleId = assessment.scheduleId();
        if (has(assessment, PER_ENTERPRISE)) {
            Optional<Long> award = Jdbc.one(c, "SELECT id FROM subsidy_award WHERE schedule_id = ? AND credit_code = ?"
                    + " AND status <> 'CANCELLED' FETCH FIRST 1 ROWS ONLY", row -> row.getLong(1), scheduleId,
                    assessment.input().enterprise().value());
            if (award.isPresent()) {
                throw spent(stored, "award " + award.get() + " (once per enterprise)");
            }
        }
        Optional<Long> titleId = titleOnce(assessment);
        if (titleId.isPresent()) {
            Optional<Long> award = Jdbc.one(c, "SELECT id FROM subsidy_award WHERE schedule_id = ? AND title_id = ?"
                    + " AND status <> 'CANCELLED' FETCH FIRST 1 ROWS ONLY", row -> row.getLong(1), scheduleId, titleId.get());
            if (award.isPresent()) {
                throw spent(stored, "award " + award.get() + " for title " + titleId.get() + " (once per title)");
            }
        }
    }

    /** The application was approved in this chunk: later ones of the same enterprise or title see it. */
    void awarded(StoredApplication stored) {
        awardedInChunk.addAll(keys(stored));
    }

    private static Set<String> keys(StoredApplication stored) {
        Assessment assessment = stored.application().assessment();
        Set<String> keys = new HashSet<>();
        if (has(assessment, PER_ENTERPRISE)) {
            keys.add(assessment.scheduleId() + "|enterprise|" + assessment.input().enterprise().value());
        }
        titleOnce(assessment).ifPresent(title -> keys.add(assessment.scheduleId() + "|title|" + title));
        return keys;
    }

    private static Optional<Long> titleOnce(Assessment assessment) {
        return has(assessment, PER_TITLE) ? assessment.facts().basisTitle().map(Title::id) : Optional.empty();
    }

    private static boolean has(Assessment assessment, String condition) {
        return assessment.eligibility().results().stream().map(ConditionResult::condition).anyMatch(condition::equals);
    }

    private static ConflictException spent(StoredApplication stored, String what) {
        return new ConflictException("Application " + stored.application().id() + " can no longer be approved: since it was"
                + " recorded, the schedule's once-only limit was used by " + what + ". Reject or withdraw it.");
    }
}
