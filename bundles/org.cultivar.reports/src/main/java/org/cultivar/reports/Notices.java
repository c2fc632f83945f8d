package org.cultivar.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.UserNames;
import org.cultivar.reports.api.CapitalNumerals;
import org.cultivar.subsidy.api.CalculationStep;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Applications;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.process.ApprovalStep;
import org.cultivar.subsidy.api.process.Approvals;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.Awards;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.ScheduleUnavailableException;

/**
 * One disbursement notice as a row of the {@code disbursement-notice} template: a single notice
 * is a report of one row, the notices of a batch a report of many, one per page. Everything
 * is read as the actor, so the process services' region rules apply to every part.
 */
final class Notices {

    static final String TEMPLATE = "disbursement-notice";
    /** The issuing region's code, for the letterhead's choice; not a column of the exports, which show its name. */
    static final String ISSUED_IN_CODE = "issuedInCode";

    static final List<ReportData.Column> COLUMNS = List.of(
            new ReportData.Column("documentNumber", "文号"),
            new ReportData.Column("issuedIn", "签发地区"),
            new ReportData.Column("enterpriseName", "企业名称"),
            new ReportData.Column("creditCode", "统一社会信用代码"),
            new ReportData.Column("scheduleName", "补贴项目"),
            new ReportData.Column("legalBasis", "政策依据"),
            new ReportData.Column("tranche", "拨付批次"),
            new ReportData.Column("calculation", "计算过程"),
            new ReportData.Column("amount", "拨付金额（元）"),
            new ReportData.Column("amountInWords", "金额大写"),
            new ReportData.Column("approvals", "审批流程"),
            new ReportData.Column("verificationCode", "校验码"));

    private final Awards awards;
    private final Applications applications;
    private final Approvals approvals;
    private final Schedules schedules;
    private final UserNames names;

    Notices(Awards awards, Applications applications, Approvals approvals, Schedules schedules, UserNames names) {
        this.awards = awards;
        this.applications = applications;
        this.approvals = approvals;
        this.schedules = schedules;
        this.names = names;
    }

    Map<String, Object> row(Actor actor, Payout payout) {
        Award award = awards.award(actor, payout.awardId()).orElseThrow(() -> new IllegalStateException(
                "Payout " + payout.id() + " refers to award " + payout.awardId() + ", which is not readable"));
        // an award is only ever created from an approved application; its decisions are the audit record
        Optional<Application> application = applications.application(actor, award.applicationId());
        List<ApprovalDecision> decisions = application.map(Application::decisions).orElse(List.of());
        Optional<ScheduleDefinition> schedule = schedules.definition(payout.scheduleId());
        var enterprise = award.assessment().facts().enterprise();
        int tranches = award.assessment().award().map(a -> a.plan().tranches().size()).orElse(1);
        return new Row()
                .put("documentNumber", NoticeNumbers.documentNumber(payout.id(), payout.fiscalYear()))
                .put("issuedIn", Labels.region(award.region()))
                .put(ISSUED_IN_CODE, award.region().code())
                .put("enterpriseName", enterprise.nameZh())
                .put("creditCode", payout.enterprise().value())
                .put("scheduleName", schedule.map(d -> d.name().zh()).orElse(payout.scheduleId()))
                .put("legalBasis", schedule.map(d -> d.legalBasis().zh()).orElse(null))
                .put("tranche", payout.fiscalYear() + " 年度，第 " + payout.tranche() + " 期（共 " + tranches + " 期）")
                .put("calculation", calculation(award))
                .put("amount", payout.amount().yuan())
                .put("amountInWords", CapitalNumerals.of(payout.amount()))
                .put("approvals", chain(actor, award.scheduleId(), application))
                .put("verificationCode", NoticeNumbers.verificationCode(payout.id(), payout.amount(), decisions))
                .values();
    }

    /** The award's steps as stored with it, one per line; the award total closes the list. */
    private static String calculation(Award award) {
        List<CalculationStep> steps = award.assessment().award().map(a -> a.steps()).orElse(List.of());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            CalculationStep step = steps.get(i);
            lines.add((i + 1) + ". " + step.text().zh() + "（计 " + Amounts.figures(step.amount()) + " 元）");
        }
        lines.add("核定补贴总额：" + Amounts.figures(award.amount()) + " 元");
        return String.join("\n", lines);
    }

    /** Recorder first, then every decision as stored (returns included), each with its date. */
    private String chain(Actor actor, String scheduleId, Optional<Application> application) {
        if (application.isEmpty()) {
            return null;
        }
        Map<String, String> stepNames = stepNames(actor, scheduleId);
        List<String> lines = new ArrayList<>();
        lines.add("录入：" + names.named(application.get().recordedBy()) + "　" + Labels.dateTime(application.get().recordedAt()));
        for (ApprovalDecision decision : application.get().decisions()) {
            lines.add(stepNames.getOrDefault(decision.step(), decision.step()) + "：" + names.named(decision.actorId()) + "　"
                    + verdict(decision.verdict()) + "　" + Labels.dateTime(decision.decidedAt()));
        }
        return String.join("\n", lines);
    }

    /** The chain's step names; when the schedule is not running, its step keys stand in. */
    private Map<String, String> stepNames(Actor actor, String scheduleId) {
        try {
            return approvals.chain(actor, scheduleId).steps().stream()
                    .collect(Collectors.toMap(ApprovalStep::key, step -> step.name().zh()));
        } catch (ScheduleUnavailableException e) {
            return new HashMap<>();
        }
    }

    private static String verdict(ApprovalDecision.Verdict verdict) {
        return switch (verdict) {
            case APPROVE -> "同意";
            case RETURN -> "退回";
            case REJECT -> "不同意";
        };
    }
}
