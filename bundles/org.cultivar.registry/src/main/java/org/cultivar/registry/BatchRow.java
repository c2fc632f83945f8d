package org.cultivar.registry;

import java.time.LocalDate;
import java.util.List;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.TitleGrant;
import org.cultivar.registry.api.YearlyFigures;

/**
 * One import row checked on its own, as the editor would check it: fields, and the actor's
 * authority for the enterprise's region and for the title's level.
 */
record BatchRow(long line, ValidEnterprise enterprise, YearlyFigures figures, TitleRow title, List<FieldProblem> problems) {

    /** The title a row carries, checked. */
    record TitleRow(Tier tier, CertifyingLevel level, String authority, String batch, LocalDate grantDate,
                    LocalDate validUntil) {
    }

    boolean valid() {
        return problems.isEmpty();
    }

    static BatchRow check(Actor actor, ImportRow row, LocalDate today, RegistrySettings settings) {
        Problems problems = new Problems(row.line());
        ValidEnterprise enterprise = EnterpriseValidation.check(row.enterprise(), problems);
        if (row.figures() != null) {
            FiguresValidation.check(row.figures(), today, problems);
        }
        TitleRow title = row.title() == null ? null : title(row.title(), today, settings, problems);
        if (enterprise != null) {
            if (!actor.isSystem() && !actor.scope().covers(enterprise.region())) {
                problems.add("regionCode", "您的管辖区域 " + actor.scope() + " 不包括区域 " + enterprise.region() + "。",
                        "Your region " + actor.scope() + " does not cover region " + enterprise.region() + ".");
            }
            if (title != null) {
                AccessDeniedException refused = Authority.titleProblem(actor, title.level(), enterprise.region());
                if (refused != null) {
                    problems.add("title", refused.chinese(), refused.getMessage());
                }
            }
        }
        return new BatchRow(row.line(), enterprise, row.figures(), title, problems.list());
    }

    private static TitleRow title(TitleGrant grant, LocalDate today, RegistrySettings settings, Problems problems) {
        if (grant.tier() == null) {
            problems.add("tier", "称号为必填项。", "Tier is required.");
        }
        String authority = problems.text("authority", "认定机关", "Certifying authority", grant.authority(),
                TitleRules.AUTHORITY_LENGTH, true);
        String batch = problems.text("batch", "批次", "Batch", grant.batch(), TitleRules.BATCH_LENGTH, false);
        TitleRules.checkDates(grant.grantDate(), grant.validUntil(), today, problems);
        if (grant.tier() == null || authority == null || !problems.isEmpty()) {
            return null;
        }
        CertifyingLevel level = grant.level() == null ? grant.tier().defaultLevel() : grant.level();
        LocalDate validUntil = grant.validUntil() != null ? grant.validUntil()
                : TitleRules.defaultValidUntil(grant.grantDate(), settings.validityYears(grant.tier()));
        return new TitleRow(grant.tier(), level, authority, batch, grant.grantDate(), validUntil);
    }
}
