package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.registry.api.Title;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.ConditionResult;
import org.cultivar.subsidy.api.process.ConflictException;

/**
 * A schedule's once-only limit judged again when the award is made. The assessment says which
 * limit applied (its once-per-enterprise or once-per-title condition); this looks for an award
 * made since, in the database and earlier in the same chunk. Callers hold the enterprise's row under
 * the schedule locked ({@link EnterpriseLocks}), so two approvals of one enterprise under one
 * schedule see each other's awards, whatever years their awards fall in.
 */
final class OnceAtApproval implements LimitAtApproval {

    static final String PER_ENTERPRISE = "once-per-enterprise";
    static final String PER_TITLE = "once-per-title";

    /** Awards already made, by limit key (see {@link #keys}), for the chunk's enterprises and titles: read once per chunk. */
    private final Map<String, Long> awarded = new HashMap<>();
    private final Set<String> awardedInChunk = new HashSet<>();

    /** Reads the awards the approving applications could collide with, after the caller took the enterprise locks. */
    OnceAtApproval(Connection c, Collection<StoredApplication> approving) throws SQLException {
        Set<String> enterprises = new HashSet<>();
        Set<Long> titles = new HashSet<>();
        for (StoredApplication stored : approving) {
            Assessment assessment = stored.application().assessment();
            if (has(assessment, PER_ENTERPRISE)) {
                enterprises.add(assessment.input().enterprise().value());
            }
            titleOnce(assessment).ifPresent(titles::add);
        }
        if (!enterprises.isEmpty()) {
            Jdbc.list(c, "SELECT schedule_id, credit_code, MIN(id) FROM subsidy_award WHERE status <> 'CANCELLED' AND credit_code IN ("
                    + Jdbc.placeholders(enterprises.size()) + ") GROUP BY schedule_id, credit_code",
                    row -> awarded.put(enterpriseKey(row.getString(1), row.getString(2)), row.getLong(3)), enterprises.toArray());
        }
        if (!titles.isEmpty()) {
            Jdbc.list(c, "SELECT schedule_id, title_id, MIN(id) FROM subsidy_award WHERE status <> 'CANCELLED' AND title_id IN ("
                    + Jdbc.placeholders(titles.size()) + ") GROUP BY schedule_id, title_id",
                    row -> awarded.put(titleKey(row.getString(1), row.getLong(2)), row.getLong(3)), titles.toArray());
        }
    }

    /** @throws ConflictException if the limit is spent since the application was recorded */
    @Override
    public void check(StoredApplication stored) {
        for (String key : keys(stored)) {
            if (awardedInChunk.contains(key)) {
                throw spent(stored, BilingualText.of("同一操作中先批准的另一件申请", "another application approved in the same action"));
            }
            Long award = awarded.get(key);
            if (award != null) {
                boolean perTitle = key.contains("|title|");
                throw spent(stored, BilingualText.of("奖励 " + award + (perTitle ? "（每个称号限一次）" : "（每家企业限一次）"),
                        "award " + award + (perTitle ? " (once per title)" : " (once per enterprise)")));
            }
        }
    }

    /** The application was approved in this chunk: later ones of the same enterprise or title see it. */
    @Override
    public void awarded(StoredApplication stored) {
        awardedInChunk.addAll(keys(stored));
    }

    private static Set<String> keys(StoredApplication stored) {
        Assessment assessment = stored.application().assessment();
        Set<String> keys = new HashSet<>();
        if (has(assessment, PER_ENTERPRISE)) {
            keys.add(enterpriseKey(assessment.scheduleId(), assessment.input().enterprise().value()));
        }
        titleOnce(assessment).ifPresent(title -> keys.add(titleKey(assessment.scheduleId(), title)));
        return keys;
    }

    private static String enterpriseKey(String scheduleId, String creditCode) {
        return scheduleId + "|enterprise|" + creditCode;
    }

    private static String titleKey(String scheduleId, long titleId) {
        return scheduleId + "|title|" + titleId;
    }

    private static Optional<Long> titleOnce(Assessment assessment) {
        return has(assessment, PER_TITLE) ? assessment.facts().basisTitle().map(Title::id) : Optional.empty();
    }

    private static boolean has(Assessment assessment, String condition) {
        return assessment.eligibility().results().stream().map(ConditionResult::condition).anyMatch(condition::equals);
    }

    private static ConflictException spent(StoredApplication stored, BilingualText what) {
        long id = stored.application().id();
        return new ConflictException(BilingualText.of("申请 " + id + " 已不能批准：登记之后，本项资助的限领一次已由" + what.zh()
                + "用掉。请不予资助或撤回。", "Application " + id + " can no longer be approved: since it was"
                + " recorded, the schedule's once-only limit was used by " + what.en() + ". Reject or withdraw it."));
    }
}
