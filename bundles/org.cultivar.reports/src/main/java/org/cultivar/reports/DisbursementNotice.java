package org.cultivar.reports;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.UserNames;
import org.cultivar.reports.api.InvalidReportArgumentException;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportParameter;
import org.cultivar.reports.api.ReportParameter.Kind;
import org.cultivar.subsidy.api.process.Applications;
import org.cultivar.subsidy.api.process.Approvals;
import org.cultivar.subsidy.api.process.Awards;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The disbursement notice (拨付通知书) of one payout, asked for by the payout's number (the
 * payout's own page passes it; the audit trail calls it the entity {@code payout <id>}). Issued in the award's region, so a
 * regional letterhead follows the award, not whoever prints it.
 */
@Component(service = ReportDefinition.class)
public class DisbursementNotice implements ReportDefinition {

    public static final String ID = Notices.TEMPLATE;

    private static final ReportDescriptor DESCRIPTOR = new ReportDescriptor(ID, "拨付通知书", "Disbursement notice",
            List.of(ReportParameter.required(Kind.PAYOUT)));

    private final Payouts payouts;
    private final Notices notices;

    @Activate
    public DisbursementNotice(@Reference Payouts payouts, @Reference Awards awards, @Reference Applications applications,
                              @Reference Approvals approvals, @Reference Schedules schedules, @Reference UserNames names) {
        this.payouts = payouts;
        this.notices = new Notices(awards, applications, approvals, schedules, names);
    }

    @Override
    public ReportDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Set<Role> runBy() {
        return EnumSet.of(Role.CLERK, Role.OFFICIAL, Role.AUDITOR);
    }

    @Override
    public ReportData collect(Actor actor, ReportArguments arguments) {
        String type = arguments.entityType();
        if (type != null && !type.isBlank() && !ReportParameter.PAYOUT_ENTITY.equals(type.strip())) {
            throw new InvalidReportArgumentException(Kind.PAYOUT, "拨付通知书按拨付出具，不能为“" + type + "”出具。",
                    "A disbursement notice is printed for a payout, not for \"" + type + "\"");
        }
        long payoutId = payoutId(arguments.entityId());
        // the service answers only within the actor's region: another region's payout is "not found"
        Payout payout = payouts.payout(actor, payoutId)
                .orElseThrow(() -> new InvalidReportArgumentException(Kind.PAYOUT, "本辖区没有编号为 " + payoutId + " 的拨付。",
                        "There is no payout " + payoutId + " in your region"));
        Map<String, Object> row = notices.row(actor, payout);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(ReportData.ISSUED_IN, row.get(Notices.ISSUED_IN_CODE));
        return new ReportData(parameters, Notices.COLUMNS, List.of(row));
    }

    private static long payoutId(String argument) {
        try {
            return Long.parseLong(argument.strip());
        } catch (NumberFormatException e) {
            throw new InvalidReportArgumentException(Kind.PAYOUT, "拨付编号应为数字，而不是“" + argument + "”。",
                    "A payout is given by its number, not \"" + argument + "\"");
        }
    }
}
