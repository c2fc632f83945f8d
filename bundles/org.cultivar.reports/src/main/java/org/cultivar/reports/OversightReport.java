package org.cultivar.reports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CriteriaException;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.RegistryOversight;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportParameter;
import org.cultivar.reports.api.ReportParameter.Kind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every criteria exception (a title granted, renewed or promoted although criteria failed,
 * with its justification) and every red-flagged enterprise in the region asked for.
 * Exceptions carry no region in the registry, which is shared by every region, so they are
 * listed in full; red flags are limited to enterprises of the region.
 */
@Component(service = ReportDefinition.class)
public class OversightReport implements ReportDefinition {

    static final String ID = "oversight";
    static final int MAX_ROWS = 50_000;

    private static final ReportDescriptor DESCRIPTOR = new ReportDescriptor(ID, "认定例外与风险提示", "Criteria exceptions and red flags",
            List.of(ReportParameter.optional(Kind.REGION)));

    private static final List<ReportData.Column> COLUMNS = List.of(
            new ReportData.Column("section", "类别"),
            new ReportData.Column("enterprise", "企业名称"),
            new ReportData.Column("creditCode", "统一社会信用代码"),
            new ReportData.Column("region", "地区"),
            new ReportData.Column("item", "事项"),
            new ReportData.Column("detail", "详情"),
            new ReportData.Column("justification", "理由"),
            new ReportData.Column("actor", "经办人"),
            new ReportData.Column("recordedAt", "记录时间"));

    static final String EXCEPTIONS = "一、认定例外";
    static final String RED_FLAGS = "二、风险提示";

    private final RegistryOversight oversight;

    @Activate
    public OversightReport(@Reference RegistryOversight oversight) {
        this.oversight = oversight;
    }

    @Override
    public ReportDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Set<Role> runBy() {
        return EnumSet.of(Role.AUDITOR, Role.OFFICIAL);
    }

    @Override
    public ReportData collect(Actor actor, ReportArguments arguments) {
        RegionCode region = arguments.region() != null ? arguments.region() : actor.scope();
        if (region == null) {
            throw new AccessDeniedException("用户 " + actor.userId() + " 未设定辖区，不能出具此报表。",
                    "User " + actor.userId() + " has no region scope");
        }
        Pages.Result<CriteriaException> exceptions = Pages.readAll((offset, limit) -> oversight.exceptions(actor, offset, limit), MAX_ROWS);
        Pages.Result<RegistryOversight.Flagged> flagged = Pages.readAll((offset, limit) -> oversight.redFlags(actor, null, offset, limit), MAX_ROWS);

        List<Map<String, Object>> rows = new ArrayList<>();
        exceptions.items().forEach(exception -> rows.add(row(exception)));
        flagged.items().stream()
                .filter(f -> f.enterprise().region() != null && region.covers(f.enterprise().region()))
                .forEach(f -> f.flags().forEach(flag -> rows.add(row(f, flag))));

        Map<String, Object> parameters = new HashMap<>();
        parameters.put("criteria", "地区：" + region + (region.isNational() ? "（全国）" : "") + "；认定例外不分地区，全部列出");
        parameters.put("truncatedNote", exceptions.truncated() || flagged.truncated()
                ? "记录超过 " + MAX_ROWS + " 条，仅列出前 " + MAX_ROWS + " 条。" : null);
        return new ReportData(parameters, COLUMNS, rows);
    }

    private static Map<String, Object> row(CriteriaException exception) {
        return new Row()
                .put("section", EXCEPTIONS)
                .put("enterprise", exception.enterpriseName())
                .put("creditCode", String.valueOf(exception.enterprise()))
                .put("region", null)
                .put("item", Labels.decision(exception.decision()) + " " + exception.tier().chinese())
                .put("detail", String.join("；", exception.failedCriteria()))
                .put("justification", exception.justification())
                .put("actor", exception.actorId())
                .put("recordedAt", Labels.dateTime(exception.recordedAt()))
                .values();
    }

    private static Map<String, Object> row(RegistryOversight.Flagged flagged, RedFlag flag) {
        return new Row()
                .put("section", RED_FLAGS)
                .put("enterprise", flagged.enterprise().nameZh())
                .put("creditCode", String.valueOf(flagged.enterprise().creditCode()))
                .put("region", String.valueOf(flagged.enterprise().region()))
                .put("item", Labels.flag(flag.kind()))
                .put("detail", flag.detail())
                .put("justification", null)
                .put("actor", null)
                .put("recordedAt", null)
                .values();
    }
}
