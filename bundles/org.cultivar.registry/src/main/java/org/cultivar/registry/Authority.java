package org.cultivar.registry;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CertifyingLevel;

/**
 * Who may do what in the registry (DESIGN.md "Regions and roles"). Every service checks the
 * role before looking at its input and the region once it knows it. An administrator alone has
 * no registry rights; the system actor does the automatic lifecycle work and batch seeding.
 */
final class Authority {

    private Authority() {
    }

    static void requireReader(Actor actor) {
        if (actor == null || !(actor.isSystem() || actor.has(Role.OFFICIAL) || actor.has(Role.CLERK)
                || actor.has(Role.AUDITOR))) {
            throw new AccessDeniedException("查看名录需要主管官员、经办人员或审计人员角色。",
                    "Reading the registry needs the role official, clerk or auditor.");
        }
    }

    static void requireReaderIn(Actor actor, RegionCode region) {
        requireReader(actor);
        requireScope(actor, region);
    }

    /** Enterprises and figures: clerks and officials. */
    static void requireRecorder(Actor actor) {
        if (actor == null || !(actor.has(Role.CLERK) || actor.has(Role.OFFICIAL))) {
            throw new AccessDeniedException("登记企业和经营数据需要经办人员或主管官员角色。",
                    "Recording enterprises and figures needs the role clerk or official.");
        }
    }

    /** The batch path also serves the system actor, which seeds demo data. */
    static void requireBatchWriter(Actor actor) {
        if (actor == null || !actor.isSystem()) {
            requireRecorder(actor);
        }
    }

    static void requireScope(Actor actor, RegionCode region) {
        if (!actor.isSystem() && !actor.scope().covers(region)) {
            throw new AccessDeniedException("您的管辖区域 " + actor.scope() + " 不包括区域 " + region + "。",
                    "Your region " + actor.scope() + " does not cover region " + region + ".");
        }
    }

    static void requireOfficial(Actor actor) {
        if (actor == null || !actor.has(Role.OFFICIAL)) {
            throw new AccessDeniedException("授予和处理称号需要主管官员角色。",
                    "Granting and deciding on titles needs the role official.");
        }
    }

    /** Provincial titles: officials of the enterprise's province or national scope; national titles: national scope. */
    static void requireTitleAuthority(Actor actor, CertifyingLevel level, RegionCode region) {
        if (actor.isSystem()) {
            return;
        }
        AccessDeniedException problem = titleProblem(actor, level, region);
        if (problem != null) {
            throw problem;
        }
    }

    /** Why the actor may not grant or decide on a title of the level in the region (in both languages), or {@code null}. */
    static AccessDeniedException titleProblem(Actor actor, CertifyingLevel level, RegionCode region) {
        if (actor.isSystem()) {
            return null;
        }
        if (!actor.has(Role.OFFICIAL)) {
            return new AccessDeniedException("授予和处理称号需要主管官员角色。", "Titles need the role official.");
        }
        RegionCode scope = actor.scope();
        if (level == CertifyingLevel.NATIONAL) {
            return scope.isNational() ? null : new AccessDeniedException(
                    "国家级称号须由全国范围（100000）的主管官员办理，您的范围为 " + scope + "。",
                    "National titles need national scope (100000), not " + scope + ".");
        }
        boolean allowed = scope.isNational() || scope.isProvince() && scope.covers(region);
        return allowed ? null : new AccessDeniedException(
                "省级称号须由地区 " + region + " 所在省份或全国范围的主管官员办理，您的范围为 " + scope + "。",
                "Provincial titles need an official of the province of region " + region
                        + " or national scope, not " + scope + ".");
    }

    static void requireOverseer(Actor actor) {
        if (actor == null || !(actor.has(Role.AUDITOR) || actor.has(Role.OFFICIAL))) {
            throw new AccessDeniedException("查看异常与预警需要审计人员或主管官员角色。",
                    "Listing exceptions and red flags needs the role auditor or official.");
        }
    }
}
