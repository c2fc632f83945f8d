package org.cultivar.subsidy.api.process;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.Assessment;

/**
 * An application as stored, with the assessment made when it was recorded (or last corrected).
 *
 * @param version            changes with every change; callers pass the version they saw, so
 *                           that of two clerks acting on the same application exactly one wins
 * @param recordedBy         the user who recorded it (for a no-application draft: {@code system} until a clerk
 *                           confirms it by correcting it, then that clerk)
 * @param documentsReceived  keys of the schedule's checklist the clerk ticked off
 * @param decisions          every approval decision so far, oldest first
 */
public record Application(long id, long version, String scheduleId, RegionCode region, CreditCode enterprise,
                          Status status, Assessment assessment, String recordedBy, Instant recordedAt,
                          Set<String> documentsReceived, List<ApprovalDecision> decisions) {

    public enum Status {
        /** Drafted by the system for a no-application award (免申即享); a clerk confirms or withdraws it. */
        DRAFT("草稿（免申即享）"),
        /** Recorded, waiting for the next step of the approval chain. */
        AWAITING_DECISION("待审批"),
        /** Returned to the recorder for correction. */
        RETURNED("已退回修改"),
        APPROVED("已批准"),
        REJECTED("不予资助"),
        WITHDRAWN("已撤回");

        private final String chinese;

        Status(String chinese) {
            this.chinese = chinese;
        }

        /** The status as the Chinese screens name it, for messages worded in Chinese. */
        public String chinese() {
            return chinese;
        }
    }

    public Application {
        documentsReceived = Set.copyOf(documentsReceived);
        decisions = List.copyOf(decisions);
    }
}
