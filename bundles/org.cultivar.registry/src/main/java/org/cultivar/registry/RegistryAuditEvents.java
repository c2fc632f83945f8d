package org.cultivar.registry;

import java.time.LocalDate;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CriteriaException;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.FiguresRevision;
import org.cultivar.registry.api.Title;

/** The registry's audit entries: entity "enterprise" (by credit code) or "title" (by id), in the enterprise's region. */
final class RegistryAuditEvents {

    private RegistryAuditEvents() {
    }

    static AuditEvent registered(Actor actor, Enterprise enterprise) {
        return enterprise(actor, "enterprise.registered", enterprise).withChange(null, state(enterprise));
    }

    static AuditEvent checkOverridden(Actor actor, Enterprise enterprise, String reason) {
        return enterprise(actor, "enterprise.check-overridden", enterprise)
                .withChange(null, AuditJson.object("creditCode", enterprise.creditCode(), "reason", reason));
    }

    static AuditEvent updated(Actor actor, Enterprise before, Enterprise after) {
        return enterprise(actor, "enterprise.updated", after).withChange(state(before), state(after));
    }

    static AuditEvent figuresRecorded(Actor actor, Enterprise enterprise, FiguresRevision revision) {
        return enterprise(actor, "figures.recorded", enterprise).withChange(null, AuditJson.object("fiscalYear",
                revision.figures().fiscalYear(), "revision", revision.revision(), "source", revision.source()));
    }

    static AuditEvent granted(Actor actor, Enterprise enterprise, Title title, String ruleSetId, boolean passed) {
        return title(actor, "title.granted", enterprise, title).withChange(null, AuditJson.object("creditCode",
                enterprise.creditCode(), "tier", title.tier(), "level", title.level(), "authority", title.authority(),
                "batch", title.batch(), "grantDate", title.grantDate(), "validUntil", title.validUntil(),
                "ruleSet", ruleSetId, "criteriaPassed", passed));
    }

    /** title.renewed, title.promoted, … after a decision; {@code successor} for promotion and demotion. */
    static AuditEvent decided(Actor actor, Enterprise enterprise, Title before, Title after, LocalDate effective,
                              String reason, Title successor) {
        String action = "title." + after.status().name().toLowerCase(java.util.Locale.ROOT);
        return title(actor, action, enterprise, after).withChange(
                AuditJson.object("status", before.status(), "validUntil", before.validUntil()),
                AuditJson.object("status", after.status(), "validUntil", after.validUntil(), "effective", effective,
                        "reason", reason, "successor", successor == null ? null : successor.id(),
                        "successorTier", successor == null ? null : successor.tier()));
    }

    /** A decision of a bulk action that was refused: the trail keeps what was attempted and why not. */
    static AuditEvent decisionRefused(Actor actor, long titleId, Object kind, String reason) {
        return AuditEvent.of(actor, "title.decision-refused", "title", Long.toString(titleId))
                .withRegion(actor.scope().code()).withChange(null, AuditJson.object("decision", kind, "reason", reason));
    }

    /** One entry for the bulk action itself, beside the entries of the decisions it applied. */
    static AuditEvent decidedInBulk(Actor actor, int applied, int refused) {
        return AuditEvent.of(actor, "title.decided-in-bulk", "title", null).withRegion(actor.scope().code())
                .withChange(null, AuditJson.object("decisions", applied + refused, "applied", applied, "refused", refused));
    }

    static AuditEvent exception(Actor actor, Enterprise enterprise, Title title, CriteriaException.Decision decision,
                                String ruleSetId, int failedCriteria, String justification) {
        return title(actor, "criteria.exception", enterprise, title).withChange(null, AuditJson.object("decision",
                decision, "tier", title.tier(), "ruleSet", ruleSetId, "failedCriteria", failedCriteria,
                "justification", justification));
    }

    static AuditEvent swept(LocalDate day, int activated, int due, int expired) {
        return AuditEvent.of(Actor.SYSTEM, "title.lifecycle-swept", "title", null).withChange(null,
                AuditJson.object("day", day, "activated", activated, "dueForReevaluation", due, "expired", expired));
    }

    private static AuditEvent enterprise(Actor actor, String action, Enterprise enterprise) {
        return AuditEvent.of(actor, action, "enterprise", enterprise.creditCode().value())
                .withRegion(enterprise.region().code());
    }

    private static AuditEvent title(Actor actor, String action, Enterprise enterprise, Title title) {
        return AuditEvent.of(actor, action, "title", Long.toString(title.id())).withRegion(enterprise.region().code());
    }

    private static String state(Enterprise enterprise) {
        return AuditJson.object("creditCode", enterprise.creditCode(), "nameZh", enterprise.nameZh(), "nameEn",
                enterprise.nameEn(), "region", enterprise.region(), "sector", enterprise.sector(), "parentGroup",
                enterprise.parentGroup());
    }
}
