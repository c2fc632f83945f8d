package org.cultivar.reports;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportParameter;
import org.cultivar.reports.api.ReportParameter.Kind;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.BudgetPosition;
import org.cultivar.subsidy.api.process.Budgets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Budget execution of a fiscal year: per schedule the appropriation, what approvals committed,
 * what was disbursed and recovered, and what is still available, as the ledger holds them.
 * The budgets service already limits the schedules to the actor's region; a narrower region
 * asked for is matched against each schedule's own region, so a schedule whose bundle is not
 * running (region unknown) is listed only when no narrower region is asked.
 */
@Component(service = ReportDefinition.class)
public class BudgetExecution implements ReportDefinition {

    public static final String ID = "budget-execution";

    private static final ReportDescriptor DESCRIPTOR = new ReportDescriptor(ID, "预算执行情况", "Budget execution",
            List.of(ReportParameter.required(Kind.FISCAL_YEAR), ReportParameter.optional(Kind.REGION),
                    ReportParameter.optional(Kind.SCHEDULE)));

    private static final List<ReportData.Column> COLUMNS = List.of(
            new ReportData.Column("scheduleName", "补贴项目"),
            new ReportData.Column("scheduleId", "项目编号"),
            new ReportData.Column("region", "地区"),
            new ReportData.Column("regionCode", "地区代码"),
            new ReportData.Column("appropriation", "预算安排（元）"),
            new ReportData.Column("committed", "已承诺（元）"),
            new ReportData.Column("disbursed", "已拨付（元）"),
            new ReportData.Column("available", "可用余额（元）"),
            new ReportData.Column("recovered", "已追回（元）"));

    private final Budgets budgets;
    private final Schedules schedules;

    @Activate
    public BudgetExecution(@Reference Budgets budgets, @Reference Schedules schedules) {
        this.budgets = budgets;
        this.schedules = schedules;
    }

    @Override
    public ReportDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Set<Role> runBy() {
        return EnumSet.of(Role.OFFICIAL, Role.AUDITOR, Role.CLERK);
    }

    @Override
    public ReportData collect(Actor actor, ReportArguments arguments) {
        RegionCode asked = arguments.region();
        boolean narrower = asked != null && !asked.equals(actor.scope());
        String schedule = arguments.schedule() == null || arguments.schedule().isBlank() ? null : arguments.schedule().strip();
        List<Map<String, Object>> rows = budgets.positions(actor, arguments.fiscalYear()).stream()
                .filter(position -> schedule == null || schedule.equals(position.scheduleId()))
                .filter(position -> !narrower || regionOf(position).filter(asked::covers).isPresent())
                .sorted(Comparator.comparing(BudgetPosition::scheduleId))
                .map(this::row)
                .toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("criteria", Criteria.describe(arguments));
        return new ReportData(parameters, COLUMNS, rows);
    }

    private Optional<RegionCode> regionOf(BudgetPosition position) {
        return schedules.definition(position.scheduleId()).map(ScheduleDefinition::region);
    }

    private Map<String, Object> row(BudgetPosition position) {
        return new Row()
                .put("scheduleName", schedules.name(position.scheduleId()))
                .put("scheduleId", position.scheduleId())
                // the name in the printed column, which is narrow; the code beside it in the exports
                .put("region", regionOf(position).map(Labels::regionName).orElse(null))
                .put("regionCode", regionOf(position).map(String::valueOf).orElse(null))
                .put("appropriation", position.appropriation().yuan())
                .put("committed", position.committed().yuan())
                .put("disbursed", position.disbursed().yuan())
                .put("available", position.available().yuan())
                .put("recovered", position.recovered().yuan())
                .values();
    }
}
