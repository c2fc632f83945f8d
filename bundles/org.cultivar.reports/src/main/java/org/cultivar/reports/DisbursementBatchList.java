package org.cultivar.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.reports.api.InvalidReportArgumentException;
import org.cultivar.reports.api.CapitalNumerals;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportParameter;
import org.cultivar.reports.api.ReportParameter.Kind;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.Awards;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.DisbursementBatches;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The disbursement batch list (拨付清单): every payout of a batch, totals per schedule and a
 * grand total. The grand total is summed here in {@link Money} and printed beside the batch's
 * recorded total, which is the payment file's control sum; a difference is stated on the
 * document, never hidden. The payment file itself is not produced here: producing a ready
 * batch's first file marks it sent.
 */
@Component(service = ReportDefinition.class)
public class DisbursementBatchList implements ReportDefinition {

    public static final String ID = "disbursement-batch";

    private static final ReportDescriptor DESCRIPTOR = new ReportDescriptor(ID, "拨付清单", "Disbursement batch list",
            List.of(ReportParameter.required(Kind.BATCH)));

    private static final List<ReportData.Column> COLUMNS = List.of(
            new ReportData.Column("line", "序号"),
            new ReportData.Column("scheduleName", "补贴项目"),
            new ReportData.Column("payoutId", "拨付编号"),
            new ReportData.Column("enterpriseName", "企业名称"),
            new ReportData.Column("creditCode", "统一社会信用代码"),
            new ReportData.Column("tranche", "期次"),
            new ReportData.Column("fiscalYear", "年度"),
            new ReportData.Column("status", "状态"),
            new ReportData.Column("amount", "金额（元）"));

    private final Payouts payouts;
    private final Awards awards;
    private final DisbursementBatches batches;
    private final Schedules schedules;

    @Activate
    public DisbursementBatchList(@Reference Payouts payouts, @Reference Awards awards,
                                 @Reference DisbursementBatches batches, @Reference Schedules schedules) {
        this.payouts = payouts;
        this.awards = awards;
        this.batches = batches;
        this.schedules = schedules;
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
        long batchId = BatchPayouts.batchId(arguments.batch());
        DisbursementBatch batch = batches.batch(actor, batchId)
                .orElseThrow(() -> new InvalidReportArgumentException(Kind.BATCH, "本辖区没有编号为 " + batchId + " 的拨付批次。",
                        "There is no batch " + batchId + " in your region"));
        // grouped by schedule for the subtotals, in payment-file order within each
        List<Payout> carried = BatchPayouts.of(payouts, actor, batch.id()).stream()
                .sorted(Comparator.comparing((Payout p) -> schedules.name(p.scheduleId())).thenComparingLong(Payout::id))
                .toList();
        // awards are read once each: an award's tranches may share a batch
        Map<Long, String> names = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>(carried.size());
        Money total = Money.ZERO;
        for (Payout payout : carried) {
            String name = names.computeIfAbsent(payout.awardId(), id -> awards.award(actor, id)
                    .map(Award::assessment).map(a -> a.facts().enterprise().nameZh()).orElse(null));
            rows.add(row(rows.size() + 1, payout, name));
            total = total.plus(payout.amount());
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("criteria", "批次：" + batch.id() + "；项目：" + schedules.name(batch.scheduleId())
                + "；状态：" + status(batch.status()) + "；创建：" + batch.createdBy() + " " + Labels.dateTime(batch.createdAt()));
        parameters.put("grandTotal", total.yuan());
        parameters.put("grandTotalInWords", CapitalNumerals.of(total));
        parameters.put("recordedTotal", batch.total().yuan());
        parameters.put("mismatchNote", total.equals(batch.total()) ? null
                : "注意：本清单合计 " + Amounts.figures(total) + " 元与批次记录合计（付款文件控制总额）"
                + Amounts.figures(batch.total()) + " 元不符，请核对。");
        return new ReportData(parameters, COLUMNS, rows);
    }

    private Map<String, Object> row(int line, Payout payout, String enterpriseName) {
        return new Row()
                .put("line", line)
                .put("scheduleName", schedules.name(payout.scheduleId()))
                .put("payoutId", payout.id())
                .put("enterpriseName", enterpriseName)
                .put("creditCode", payout.enterprise() == null ? null : payout.enterprise().value())
                .put("tranche", payout.tranche())
                .put("fiscalYear", payout.fiscalYear())
                .put("status", status(payout.status()))
                .put("amount", payout.amount().yuan())
                .values();
    }

    private static String status(DisbursementBatch.Status status) {
        return switch (status) {
            case PREPARING -> "准备中";
            case READY -> "待发送";
            case SENT -> "已发送";
            case CONFIRMED -> "已确认";
        };
    }

    private static String status(Payout.Status status) {
        return switch (status) {
            case PLANNED -> "计划";
            case READY -> "待拨付";
            case HELD -> "暂停";
            case IN_BATCH -> "已编入批次";
            case SENT -> "已发送银行";
            case PAID -> "已支付";
            case FAILED -> "支付失败";
            case RETURNED -> "已退回";
            case CANCELLED -> "已取消";
        };
    }
}
