package org.cultivar.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.UserNames;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.CalculationStep;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.process.ApprovalDecision.Verdict;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.BudgetPosition;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.rules.FixedAmount;

/**
 * Payout fixtures. Batch 7 of the Guangzhou cultivation schedule carries Tianhe's first tranche
 * (1,000,005.07, in capital numerals 壹佰万零伍元零柒分), the hostile-named firm's 2,000,000.00
 * (贰佰万元整) and a payout of a rent schedule whose bundle is not running; batch 8 is empty.
 * Shenzhen's award lies outside every Guangzhou actor's region.
 */
final class Disbursements {

    static final String CULTIVATION = "guangzhou.cultivation";
    static final String CULTIVATION_NAME = "广州市专精特新中小企业培育奖励";
    static final String LEGAL_BASIS = "《广州市促进中小企业专精特新发展实施办法》（穗工信规字〔2024〕1号）";
    /** No schedule bundle runs for it: its id stands in for the name. */
    static final String RENT = "guangzhou.rent";
    static final String SHENZHEN_SCHEDULE = "shenzhen.cultivation";

    static final long TIANHE_PAYOUT = 101;
    static final long HOSTILE_PAYOUT = 102;
    static final long RENT_PAYOUT = 103;
    static final long TIANHE_SECOND_TRANCHE = 104;
    static final long SHENZHEN_PAYOUT = 201;
    static final long BATCH = 7;
    static final long EMPTY_BATCH = 8;

    static final Money TIANHE_FIRST = Money.parse("1000005.07");
    static final Money HOSTILE_AMOUNT = Money.parse("2000000.00");
    static final Money RENT_AMOUNT = Money.parse("36000.50");

    static final List<ApprovalDecision> TIANHE_DECISIONS = List.of(
            new ApprovalDecision("review", "gz-clerk-wang", Verdict.RETURN, "补充材料", Instant.parse("2026-03-03T02:00:00Z")),
            new ApprovalDecision("review", "gz-clerk-wang", Verdict.APPROVE, null, Instant.parse("2026-03-05T06:30:00Z")),
            new ApprovalDecision("approve", "gz-official-zhao", Verdict.APPROVE, "同意", Instant.parse("2026-03-09T08:00:00Z")));

    final InMemoryPayoutEngine engine = new InMemoryPayoutEngine();
    final Schedules schedules = new Schedules();

    Disbursements() {
        schedules.addSchedule(() -> ScheduleDefinition.builder(CULTIVATION, Actors.GUANGZHOU)
                .name(CULTIVATION_NAME, "Guangzhou cultivation award")
                .legalBasis(LEGAL_BASIS, "Guangzhou measures for specialised SMEs")
                .amount(new FixedAmount(Money.parse("1.00")))
                .build());
        Award tianhe = engine.award(1, CULTIVATION, Actors.GUANGZHOU, Enterprises.tianhe().enterprise(), List.of(
                        step("base", "5000025.35", "5000025.35", "基数 5,000,025.35元"),
                        step("rate", "20", "1000005.07", "按 20% 计 1000005.07元"),
                        step("cap", "3000000", "1000005.07", "上限 3,000,000.00元"),
                        step("rounded", "1000005.07", "1000005.07", "四舍五入到分：1,000,005.07元")),
                "gz-clerk-li", TIANHE_DECISIONS, TIANHE_FIRST, Money.parse("500000.00"));
        Enterprise hostile = Enterprises.hostile().enterprise();
        Award hostileAward = engine.award(2, CULTIVATION, Actors.GUANGZHOU, hostile,
                List.of(step("fixed", "2000000", "2000000", "定额 2,000,000.00元")), "gz-clerk-li",
                List.of(new ApprovalDecision("review", "gz-clerk-wang", Verdict.APPROVE, null, Instant.parse("2026-03-04T02:00:00Z")),
                        new ApprovalDecision("approve", "gz-official-zhao", Verdict.APPROVE, null, Instant.parse("2026-03-06T02:00:00Z"))),
                HOSTILE_AMOUNT);
        Award rent = engine.award(3, RENT, Actors.GUANGZHOU, Enterprises.tianhe().enterprise(),
                List.of(step("claimed", "36000.50", "36000.50", "申请金额 36,000.50元")), "gz-clerk-li",
                List.of(new ApprovalDecision("review", "gz-clerk-wang", Verdict.APPROVE, null, Instant.parse("2026-03-04T03:00:00Z"))),
                RENT_AMOUNT);
        Award shenzhen = engine.award(4, SHENZHEN_SCHEDULE, Actors.SHENZHEN, Enterprises.shenzhen().enterprise(),
                List.of(step("fixed", "300000", "300000", "定额 300,000.00元")), "sz-clerk",
                List.of(new ApprovalDecision("approve", "sz-official", Verdict.APPROVE, null, Instant.parse("2026-03-04T03:00:00Z"))),
                Money.parse("300000.00"));
        engine.payout(TIANHE_PAYOUT, tianhe, 1, Payout.Status.SENT, BATCH);
        engine.payout(HOSTILE_PAYOUT, hostileAward, 1, Payout.Status.SENT, BATCH);
        engine.payout(RENT_PAYOUT, rent, 1, Payout.Status.SENT, BATCH);
        engine.payout(TIANHE_SECOND_TRANCHE, tianhe, 2, Payout.Status.PLANNED, null);
        engine.payout(SHENZHEN_PAYOUT, shenzhen, 1, Payout.Status.SENT, 9L);
        engine.batch(BATCH, CULTIVATION, Actors.GUANGZHOU);
        engine.batch(EMPTY_BATCH, CULTIVATION, Actors.GUANGZHOU);
        engine.budget(Actors.GUANGZHOU, new BudgetPosition(CULTIVATION, 2026, Money.parse("50000000.00"),
                Money.parse("2000000.00"), Money.parse("3000005.07"), Money.parse("120000.35")));
        engine.budget(Actors.GUANGZHOU, new BudgetPosition(RENT, 2026, Money.parse("800000.00"),
                Money.parse("0.00"), Money.parse("36000.50"), Money.ZERO));
        engine.budget(Actors.SHENZHEN, new BudgetPosition(SHENZHEN_SCHEDULE, 2026, Money.parse("9000000.00"),
                Money.parse("300000.00"), Money.ZERO, Money.ZERO));
    }

    /** The people the security bundle knows; the recorder gz-clerk-li has left and is not among them. */
    static final UserNames NAMES = userId -> Optional.ofNullable(Map.of("gz-clerk-wang", "王芳",
            "gz-official-zhao", "赵强").get(userId));

    void addTo(JasperReportService service) {
        service.addDefinition(new DisbursementNotice(engine, engine, engine, engine, schedules, NAMES));
        service.addDefinition(new BatchNotices(engine, engine, engine, engine, engine, schedules, NAMES));
        service.addDefinition(new DisbursementBatchList(engine, engine, engine, schedules));
        service.addDefinition(new BudgetExecution(engine, schedules));
    }

    private static CalculationStep step(String name, String figure, String amount, String zh) {
        return new CalculationStep(name, new BigDecimal(figure), new BigDecimal(amount), BilingualText.of(zh, name));
    }
}
