package org.cultivar.reports;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.EnterpriseDirectory;
import org.cultivar.registry.api.EnterpriseProfile;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleHistory;
import org.cultivar.registry.api.TitleTransition;
import org.cultivar.reports.api.InvalidReportArgumentException;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportParameter;
import org.cultivar.reports.api.ReportParameter.Kind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One enterprise's certification record: its titles with validity and every transition. The
 * subsidies section states that none are recorded: there is no payout engine yet to ask, and
 * a document must not suggest an enterprise received nothing when nobody looked.
 */
@Component(service = ReportDefinition.class)
public class CertificationSummary implements ReportDefinition {

    static final String ID = "certification-summary";
    static final String NO_SUBSIDY_RECORDS = "本系统尚未启用补贴拨付功能，暂无补贴拨付记录。";

    private static final ReportDescriptor DESCRIPTOR = new ReportDescriptor(ID, "企业认定情况汇总", "Enterprise certification summary",
            List.of(ReportParameter.required(Kind.ENTERPRISE)));

    private static final List<ReportData.Column> COLUMNS = List.of(
            new ReportData.Column("tier", "称号"),
            new ReportData.Column("level", "认定层级"),
            new ReportData.Column("authority", "认定机关"),
            new ReportData.Column("batch", "批次"),
            new ReportData.Column("grantDate", "认定日期"),
            new ReportData.Column("validUntil", "有效期至"),
            new ReportData.Column("status", "状态"),
            new ReportData.Column("endedOn", "终止日期"),
            new ReportData.Column("transitions", "状态变更"));

    private final EnterpriseDirectory directory;

    @Activate
    public CertificationSummary(@Reference EnterpriseDirectory directory) {
        this.directory = directory;
    }

    @Override
    public ReportDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Set<Role> runBy() {
        return EnumSet.of(Role.AUDITOR, Role.OFFICIAL, Role.CLERK);
    }

    @Override
    public ReportData collect(Actor actor, ReportArguments arguments) {
        CreditCode code = CreditCode.parse(arguments.enterprise());
        EnterpriseProfile profile = directory.profile(actor, code);
        if (profile == null) {
            throw new InvalidReportArgumentException(Kind.ENTERPRISE, "登记册中没有统一社会信用代码为 " + code + " 的企业。",
                    "No enterprise with credit code " + code + " in the registry");
        }
        Enterprise enterprise = profile.enterprise();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("criteria", "统一社会信用代码：" + enterprise.creditCode());
        parameters.put("enterpriseName", enterprise.nameZh());
        parameters.put("englishName", enterprise.nameEn());
        parameters.put("creditCode", enterprise.creditCode().value());
        parameters.put("region", enterprise.region() == null ? null : Labels.region(enterprise.region()));
        parameters.put("sector", enterprise.sector() == null ? null : enterprise.sector().chinese());
        parameters.put("parentGroup", enterprise.parentGroup());
        parameters.put("redFlags", profile.redFlags().stream().map(f -> Labels.flag(f.kind())).distinct()
                .collect(Collectors.joining("、")));
        parameters.put("subsidies", NO_SUBSIDY_RECORDS);
        List<Map<String, Object>> rows = profile.titles().stream().map(CertificationSummary::row).toList();
        return new ReportData(parameters, COLUMNS, rows);
    }

    private static Map<String, Object> row(TitleHistory history) {
        Title title = history.title();
        return new Row()
                .put("tier", title.tier().chinese())
                .put("level", Labels.level(title.level()))
                .put("authority", title.authority())
                .put("batch", title.batch())
                .put("grantDate", Labels.date(title.grantDate()))
                .put("validUntil", Labels.date(title.validUntil()))
                .put("status", Labels.status(title.status()))
                .put("endedOn", Labels.date(title.endedOn()))
                .put("transitions", history.transitions().stream().map(CertificationSummary::transition)
                        .collect(Collectors.joining("\n")))
                .values();
    }

    private static String transition(TitleTransition t) {
        return t.effective() + " " + (t.from() == null ? "" : Labels.status(t.from()) + " → ") + Labels.status(t.to())
                + (t.reason() == null || t.reason().isBlank() ? "" : "（" + t.reason() + "）");
    }
}
