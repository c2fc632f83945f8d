package org.cultivar.reports;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditQuery;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.UserNames;
import org.cultivar.reports.api.InvalidReportArgumentException;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportParameter;
import org.cultivar.reports.api.ReportParameter.Kind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The audit trail for a date range or one entity, oldest first. The trail limits what a
 * regional auditor sees; this report only asks.
 */
@Component(service = ReportDefinition.class)
public class AuditTrailExtract implements ReportDefinition {

    static final String ID = "audit-extract";
    static final int MAX_ROWS = 50_000;

    private static final ReportDescriptor DESCRIPTOR = new ReportDescriptor(ID, "审计日志摘录", "Audit trail extract",
            List.of(ReportParameter.optional(Kind.DATE_RANGE), ReportParameter.optional(Kind.ENTITY)));

    private static final List<ReportData.Column> COLUMNS = List.of(
            new ReportData.Column("sequence", "序号"),
            new ReportData.Column("recordedAt", "记录时间"),
            new ReportData.Column("actor", "操作人"),
            new ReportData.Column("roles", "角色"),
            new ReportData.Column("action", "操作"),
            new ReportData.Column("entity", "对象"),
            new ReportData.Column("region", "地区"),
            new ReportData.Column("before", "变更前"),
            new ReportData.Column("after", "变更后"),
            new ReportData.Column("hash", "哈希"));

    private final AuditTrail trail;
    private final UserNames names;

    @Activate
    public AuditTrailExtract(@Reference AuditTrail trail, @Reference UserNames names) {
        this.trail = trail;
        this.names = names;
    }

    @Override
    public ReportDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Set<Role> runBy() {
        return EnumSet.of(Role.AUDITOR, Role.ADMINISTRATOR);
    }

    @Override
    public ReportData collect(Actor actor, ReportArguments arguments) {
        if (!arguments.has(Kind.DATE_RANGE) && !arguments.has(Kind.ENTITY)) {
            throw new InvalidReportArgumentException(Kind.DATE_RANGE, "审计日志摘录须给出日期范围或审计对象。",
                    "Audit trail extract: give a date range or an entity");
        }
        Pages.Result<AuditEntry> entries = Pages.readAll((offset, limit) -> trail.find(actor,
                new AuditQuery(null, null, blankToNull(arguments.entityType()), blankToNull(arguments.entityId()),
                        arguments.from(), arguments.to(), offset, limit)), MAX_ROWS);
        // the trail answers newest first; an extract reads like a ledger, oldest first
        List<Map<String, Object>> rows = entries.items().stream()
                .sorted((a, b) -> Long.compare(a.sequence(), b.sequence()))
                .map(this::row)
                .toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("criteria", Criteria.describe(arguments));
        parameters.put("truncatedNote", entries.truncated()
                ? "仅列出前 " + MAX_ROWS + " 条记录，请缩小日期范围或指定对象。" : null);
        return new ReportData(parameters, COLUMNS, rows);
    }

    private Map<String, Object> row(AuditEntry entry) {
        return new Row()
                .put("sequence", entry.sequence())
                .put("recordedAt", Labels.dateTime(entry.recordedAt()))
                .put("actor", names.named(entry.actorId()))
                .put("roles", Labels.roles(entry.actorRoles()))
                .put("action", entry.action())
                .put("entity", entry.entityId() == null ? entry.entityType() : entry.entityType() + " " + entry.entityId())
                .put("region", entry.region())
                .put("before", entry.before())
                .put("after", entry.after())
                .put("hash", entry.hash())
                .values();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
