package org.cultivar.reports;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.AwardCalculation;
import org.cultivar.subsidy.api.CalculationStep;
import org.cultivar.subsidy.api.Eligibility;
import org.cultivar.subsidy.api.InstalmentPlan;
import org.cultivar.subsidy.api.RegistryFacts;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.Tranche;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Applications;
import org.cultivar.subsidy.api.process.ApprovalChain;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.process.Approvals;
import org.cultivar.subsidy.api.process.BulkDecision;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.Awards;
import org.cultivar.subsidy.api.process.BudgetPosition;
import org.cultivar.subsidy.api.process.Budgets;
import org.cultivar.subsidy.api.process.ConfirmationPreview;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.DisbursementBatches;
import org.cultivar.subsidy.api.process.PaymentFile;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;

/**
 * The payout engine's read side over fixed data, with its region rule: an actor sees what lies
 * in its scope. The writing operations are not part of any report and refuse.
 */
final class InMemoryPayoutEngine implements Payouts, Awards, Applications, Approvals, DisbursementBatches, Budgets {

    private final Map<Long, Payout> payouts = new TreeMap<>();
    private final Map<Long, Award> awards = new TreeMap<>();
    private final Map<Long, Application> applications = new TreeMap<>();
    private final Map<Long, DisbursementBatch> batches = new TreeMap<>();
    private final Map<Long, RegionCode> batchRegions = new TreeMap<>();
    private final Map<Integer, List<BudgetPosition>> budgets = new LinkedHashMap<>();
    private final Map<String, RegionCode> scheduleRegions = new LinkedHashMap<>();

    /** An approved application and its award, paid in one tranche per amount, in consecutive years from 2026. */
    Award award(long id, String scheduleId, RegionCode region, Enterprise enterprise, List<CalculationStep> steps,
                String recordedBy, List<ApprovalDecision> decisions, Money... tranches) {
        scheduleRegions.put(scheduleId, region);
        List<Tranche> plan = new ArrayList<>();
        for (int i = 0; i < tranches.length; i++) {
            plan.add(new Tranche(i + 1, tranches[i], 2026 + i, false));
        }
        Money total = plan.stream().map(Tranche::amount).reduce(Money.ZERO, Money::plus);
        ApplicationInput input = ApplicationInput.withoutFields(enterprise.creditCode(), LocalDate.of(2026, 3, 2));
        Assessment assessment = new Assessment(scheduleId, new ScheduleConfiguration(new TreeMap<>()), input,
                new RegistryFacts(enterprise, List.of(), List.of()), new Eligibility(List.of()),
                Optional.of(new AwardCalculation(total, steps, new InstalmentPlan(plan))));
        applications.put(id, new Application(id, 3, scheduleId, region, enterprise.creditCode(), Application.Status.APPROVED,
                assessment, recordedBy, Instant.parse("2026-03-02T01:15:00Z"), Set.of(), decisions));
        Award award = new Award(id, 1, id, scheduleId, region, enterprise.creditCode(), total, assessment,
                Award.Status.ACTIVE, LocalDate.of(2026, 3, 10), decisions.isEmpty() ? null : decisions.get(decisions.size() - 1).actorId());
        awards.put(id, award);
        return award;
    }

    Payout payout(long id, Award award, int tranche, Payout.Status status, Long batchId) {
        Tranche planned = award.assessment().award().orElseThrow().plan().tranches().get(tranche - 1);
        Payout payout = new Payout(id, 1, award.id(), award.scheduleId(), award.enterprise(), tranche, planned.amount(),
                planned.fiscalYear(), false, status, null, batchId);
        payouts.put(id, payout);
        return payout;
    }

    /** A batch whose recorded total is the sum of its payouts, as the engine keeps it. */
    DisbursementBatch batch(long id, String scheduleId, RegionCode region) {
        List<Payout> carried = payouts.values().stream().filter(p -> Long.valueOf(id).equals(p.batchId())).toList();
        Money total = carried.stream().map(Payout::amount).reduce(Money.ZERO, Money::plus);
        DisbursementBatch batch = new DisbursementBatch(id, scheduleId, DisbursementBatch.Status.SENT, carried.size(),
                carried.size(), total, "gz-clerk-li", Instant.parse("2026-04-01T02:00:00Z"));
        batches.put(id, batch);
        batchRegions.put(id, region);
        return batch;
    }

    void budget(RegionCode region, BudgetPosition position) {
        scheduleRegions.put(position.scheduleId(), region);
        budgets.computeIfAbsent(position.fiscalYear(), year -> new ArrayList<>()).add(position);
    }

    private boolean sees(Actor actor, RegionCode region) {
        return actor.scope() != null && region != null && actor.scope().covers(region);
    }

    private boolean sees(Actor actor, String scheduleId) {
        return sees(actor, scheduleRegions.get(scheduleId));
    }

    @Override
    public Optional<Payout> payout(Actor actor, long payoutId) {
        return Optional.ofNullable(payouts.get(payoutId)).filter(p -> sees(actor, p.scheduleId()));
    }

    @Override
    public List<Payout> ofAward(Actor actor, long awardId) {
        return payouts.values().stream().filter(p -> p.awardId() == awardId && sees(actor, p.scheduleId())).toList();
    }

    @Override
    public List<Payout> worklist(Actor actor, Payout.Status status, int offset, int limit) {
        return payouts.values().stream().filter(p -> p.status() == status && sees(actor, p.scheduleId()))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public Optional<Award> award(Actor actor, long awardId) {
        return Optional.ofNullable(awards.get(awardId)).filter(a -> sees(actor, a.region()));
    }

    @Override
    public List<Award> ofEnterprise(Actor actor, CreditCode enterprise) {
        return awards.values().stream().filter(a -> a.enterprise().equals(enterprise) && sees(actor, a.region())).toList();
    }

    @Override
    public Optional<Application> application(Actor actor, long applicationId) {
        return Optional.ofNullable(applications.get(applicationId)).filter(a -> sees(actor, a.region()));
    }

    @Override
    public List<Application> worklist(Actor actor, Application.Status status, int offset, int limit) {
        return applications.values().stream().filter(a -> a.status() == status && sees(actor, a.region()))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public ApprovalChain chain(Actor actor, String scheduleId) {
        return ApprovalChain.DEFAULT;
    }

    @Override
    public Optional<DisbursementBatch> batch(Actor actor, long batchId) {
        return Optional.ofNullable(batches.get(batchId)).filter(b -> sees(actor, batchRegions.get(batchId)));
    }

    @Override
    public List<DisbursementBatch> batches(Actor actor, int offset, int limit) {
        return batches.values().stream().filter(b -> sees(actor, batchRegions.get(b.id()))).skip(offset).limit(limit).toList();
    }

    /** The CSV payment file: one line per payout of the batch, amount in yuan, as the payments bundle writes it. */
    @Override
    public PaymentFile paymentFile(Actor actor, long batchId, PaymentFile.Format format) {
        StringBuilder csv = new StringBuilder("\uFEFFend_to_end_id,payee,amount\r\n");
        payouts.values().stream().filter(p -> Long.valueOf(batchId).equals(p.batchId()))
                .forEach(p -> csv.append("P").append(p.id()).append(',').append(p.enterprise().value()).append(',')
                        .append(p.amount().yuan().toPlainString()).append("\r\n"));
        return new PaymentFile("cultivar-batch-" + batchId + ".csv", format, csv.toString().getBytes(StandardCharsets.UTF_8), null);
    }

    @Override
    public BudgetPosition position(Actor actor, String scheduleId, int fiscalYear) {
        return positions(actor, fiscalYear).stream().filter(p -> p.scheduleId().equals(scheduleId)).findFirst().orElseThrow();
    }

    @Override
    public List<BudgetPosition> positions(Actor actor, int fiscalYear) {
        return budgets.getOrDefault(fiscalYear, List.of()).stream().filter(p -> sees(actor, p.scheduleId())).toList();
    }

    // the writing side: no report calls it

    @Override
    public Payout recordReview(Actor actor, long payoutId, long expectedVersion, boolean passed, String reason) {
        throw new UnsupportedOperationException("reports only read");
    }

    @Override
    public Payout requeue(Actor actor, long payoutId, long expectedVersion) {
        throw new UnsupportedOperationException("reports only read");
    }

    @Override
    public Award cancel(Actor actor, long awardId, long expectedVersion, String reason) {
        throw new UnsupportedOperationException("reports only read");
    }

    @Override
    public Assessment preview(Actor actor, String scheduleId, ApplicationInput input) {
        throw new UnsupportedOperationException("reports only read");
    }

    @Override
    public Application record(Actor actor, String scheduleId, ApplicationInput input, Set<String> documentsReceived) {
        throw new UnsupportedOperationException("reports only read");
    }

    @Override
    public Application correct(Actor actor, long applicationId, long expectedVersion, ApplicationInput input,
                               Set<String> documentsReceived) {
        throw new UnsupportedOperationException("reports only read");
    }

    @Override
    public Application withdraw(Actor actor, long applicationId, long expectedVersion, String reason) {
        throw new UnsupportedOperationException("reports only read");
    }

    @Override
    public Application decide(Actor actor, long applicationId, long expectedVersion, ApprovalDecision.Verdict verdict,
                              String comment) {
        throw new UnsupportedOperationException("reports only read");
    }

    @Override
    public BulkDecision decideAll(Actor actor, List<BulkDecision.Selected> selections, ApprovalDecision.Verdict verdict,
                                  String comment) {
        throw new UnsupportedOperationException("reports only read");
    }

    @Override
    public DisbursementBatch create(Actor actor, String scheduleId, List<Long> payoutIds, String requestKey) {
        throw new UnsupportedOperationException("reports only read");
    }

    @Override
    public DisbursementBatch resume(Actor actor, long batchId) {
        throw new UnsupportedOperationException("reports only read");
    }

    @Override
    public ConfirmationPreview previewConfirmation(Actor actor, String fileName, InputStream content) {
        throw new UnsupportedOperationException("reports only read");
    }

    @Override
    public ConfirmationPreview applyConfirmation(Actor actor, String previewId) {
        throw new UnsupportedOperationException("reports only read");
    }

    @Override
    public BudgetPosition appropriate(Actor actor, String scheduleId, int fiscalYear, Money appropriation, String reason) {
        throw new UnsupportedOperationException("reports only read");
    }
}
