package org.cultivar.subsidy;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;

/**
 * Who may do what in the engine (DESIGN.md "Regions and roles"). Roles are checked before the
 * input is looked at, the region once the record is known. Auditors only read; an administrator
 * alone has no rights over applications or money; the system actor does automatic work.
 */
final class Authority {

    private Authority() {
    }

    /** Reading applications, awards, payouts, batches, budgets and recoveries. */
    static void requireReader(Actor actor) {
        if (actor == null || !(actor.isSystem() || actor.has(Role.CLERK) || actor.has(Role.OFFICIAL) || actor.has(Role.AUDITOR))) {
            throw new AccessDeniedException("查看资助记录需要经办人员、主管官员或审计人员角色。",
                    "Reading subsidies needs the role clerk, official or auditor.");
        }
    }

    static void requireReaderIn(Actor actor, RegionCode region) {
        requireReader(actor);
        requireScope(actor, region);
    }

    /** Recording applications, batches, confirmations and repayments. */
    static void requireClerk(Actor actor) {
        if (actor == null || !actor.has(Role.CLERK)) {
            throw new AccessDeniedException("此操作需要经办人员角色。", "This needs the role clerk.");
        }
    }

    /** Budgets, cancellations, reviews of tranches and recoveries. */
    static void requireOfficial(Actor actor) {
        if (actor == null || !(actor.isSystem() || actor.has(Role.OFFICIAL))) {
            throw new AccessDeniedException("此操作需要主管官员角色。", "This needs the role official.");
        }
    }

    static void requireScope(Actor actor, RegionCode region) {
        if (!actor.isSystem() && !actor.scope().covers(region)) {
            throw new AccessDeniedException("您的管辖区域 " + actor.scope() + " 不包括区域 " + region + "。",
                    "Your region " + actor.scope() + " does not cover region " + region + ".");
        }
    }

    /**
     * The SQL LIKE pattern of the region codes the actor's scope covers, per {@link RegionCode#covers}:
     * a province its cities and districts, a city its districts.
     */
    static String regionPattern(Actor actor) {
        RegionCode scope = actor.scope();
        if (actor.isSystem() || scope.isNational()) {
            return "%";
        }
        if (scope.isProvince()) {
            return scope.code().substring(0, 2) + "%";
        }
        return scope.isCity() ? scope.code().substring(0, 4) + "%" : scope.code();
    }
}
