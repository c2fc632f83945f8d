package org.cultivar.web.subsidy;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalStep;

/**
 * Which payout actions the UI offers a user. It mirrors the engine's rules only to hide what
 * would be refused (auditors read, never act); the engine decides, and its refusal is shown.
 */
final class SubsidyPermissions {

    private SubsidyPermissions() {
    }

    /** Clerks record applications, and only for schedules of their own region. */
    static boolean mayRecord(Actor actor, ScheduleDefinition schedule) {
        return actor.has(Role.CLERK) && actor.scope().covers(schedule.region());
    }

    static boolean mayRecord(Actor actor) {
        return actor.has(Role.CLERK);
    }

    /**
     * Whether the actor may take the step: they hold its role and neither recorded the
     * application nor took an earlier step of this round (segregation of duties).
     */
    static boolean mayDecide(Actor actor, Application application, ApprovalStep step) {
        return application.status() == Application.Status.AWAITING_DECISION && actor.has(step.role())
                && !actor.userId().equals(application.recordedBy())
                && ApprovalProgress.deciders(application).noneMatch(actor.userId()::equals);
    }

    /**
     * Whether the awaiting-decision worklist offers to decide several applications at once: to
     * clerks and officials, who take the steps. Which of the selected they may decide, the engine judges.
     */
    static boolean mayDecideInBulk(Actor actor) {
        return actor.has(Role.CLERK) || actor.has(Role.OFFICIAL);
    }

    /** Clerks withdraw applications that have not been decided for good. */
    static boolean mayWithdraw(Actor actor, Application application) {
        return actor.has(Role.CLERK) && switch (application.status()) {
            case DRAFT, AWAITING_DECISION, RETURNED -> true;
            case APPROVED, REJECTED, WITHDRAWN -> false;
        };
    }

    /** Clerks create batches and apply bank confirmations. */
    static boolean mayDisburse(Actor actor) {
        return actor.has(Role.CLERK);
    }

    /** Officials set the appropriations of their region's schedules. */
    static boolean mayAppropriate(Actor actor) {
        return actor.has(Role.OFFICIAL);
    }
}
