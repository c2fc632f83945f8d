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
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.DisbursementBatches;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every notice of a batch in one document, one notice per page, for printing at once. It is
 * filled from the notice's own template (a regional letterhead applies here too) in a single
 * fill, so the merged PDF is one PDF/A-2b file with one embedded font subset, not a
 * concatenation of separately conformant files.
 */
@Component(service = ReportDefinition.class)
public class BatchNotices implements ReportDefinition {

    public static final String ID = "disbursement-notices";

    private static final ReportDescriptor DESCRIPTOR = new ReportDescriptor(ID, "拨付通知书（批量）", "Disbursement notices of a batch",
            List.of(ReportParameter.required(Kind.BATCH)));

    private final Payouts payouts;
    private final DisbursementBatches batches;
    private final Notices notices;

    @Activate
    public BatchNotices(@Reference Payouts payouts, @Reference DisbursementBatches batches, @Reference Awards awards,
                        @Reference Applications applications, @Reference Approvals approvals, @Reference Schedules schedules,
                        @Reference UserNames names) {
        this.payouts = payouts;
        this.batches = batches;
        this.notices = new Notices(awards, applications, approvals, schedules, names);
    }

    @Override
    public ReportDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public String templateId() {
        return Notices.TEMPLATE;
    }

    @Override
    public Set<Role> runBy() {
        return EnumSet.of(Role.CLERK, Role.OFFICIAL, Role.AUDITOR);
    }

    @Override
    public ReportData collect(Actor actor, ReportArguments arguments) {
        long batchId = BatchPayouts.batchId(arguments.batch());
        DisbursementBatch batch = batches.batch(actor, batchId)
                .orElseThrow(() -> new InvalidReportArgumentException(Kind.BATCH, "本辖区没有编号为 " + batchId + " 的拨付批次。",
                        "There is no batch " + batchId + " in your region"));
        List<Payout> carried = BatchPayouts.of(payouts, actor, batch.id());
        List<Map<String, Object>> rows = carried.stream().map(payout -> notices.row(actor, payout)).toList();
        Map<String, Object> parameters = new HashMap<>();
        if (!rows.isEmpty()) {
            parameters.put(ReportData.ISSUED_IN, rows.get(0).get(Notices.ISSUED_IN_CODE));
        }
        parameters.put("noNoticesNote", "批次 " + batchId + " 没有拨付记录，无拨付通知书。");
        return new ReportData(parameters, Notices.COLUMNS, rows);
    }
}
