package org.cultivar.web.subsidy;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Applications;
import org.cultivar.subsidy.api.process.ApprovalChain;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.process.Approvals;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.Awards;
import org.cultivar.subsidy.api.process.BudgetPosition;
import org.cultivar.subsidy.api.process.Budgets;
import org.cultivar.subsidy.api.process.BulkDecision;
import org.cultivar.subsidy.api.process.ConfirmationPreview;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.DisbursementBatches;
import org.cultivar.subsidy.api.process.PaymentFile;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;
import org.cultivar.subsidy.api.process.Recoveries;
import org.cultivar.subsidy.api.process.Recovery;

/**
 * The payout engine's services as a test sets them up: canned answers, and a record of what
 * the UI asked, so a test can check what the view sent.
 */
class InMemorySubsidies implements Applications, Approvals, Awards, Payouts, DisbursementBatches, Budgets, Recoveries {

    Assessment previewAnswer;
    final List<ApplicationInput> previewed = new ArrayList<>();
    final List<ApplicationInput> recorded = new ArrayList<>();
    final List<Application> applications = new ArrayList<>();
    Supplier<RuntimeException> decideRefusal;
    final List<ApprovalDecision.Verdict> decided = new ArrayList<>();
    /** Applications decideAll refuses, with the refusal it reports; it decides every other selected one. */
    final Map<Long, BulkDecision.Refused> bulkRefusals = new HashMap<>();
    final List<BulkCall> bulkCalls = new ArrayList<>();
    final List<Payout> payouts = new ArrayList<>();
    final List<String> batchRequestKeys = new ArrayList<>();
    final List<DisbursementBatch> batches = new ArrayList<>();
    final List<BudgetPosition> positions = new ArrayList<>();

    @Override
    public Assessment preview(Actor actor, String scheduleId, ApplicationInput input) {
        previewed.add(input);
        return previewAnswer;
    }

    @Override
    public Application record(Actor actor, String scheduleId, ApplicationInput input, Set<String> documentsReceived) {
        recorded.add(input);
        Application application = new Application(100 + recorded.size(), 1, scheduleId, SubsidyFixtures.GUANGZHOU, input.enterprise(),
                Application.Status.AWAITING_DECISION, previewAnswer, actor.userId(), Instant.now(), documentsReceived, List.of());
        applications.add(application);
        return application;
    }

    @Override
    public Application correct(Actor actor, long applicationId, long expectedVersion, ApplicationInput input, Set<String> documentsReceived) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Application withdraw(Actor actor, long applicationId, long expectedVersion, String reason) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Optional<Application> application(Actor actor, long applicationId) {
        return applications.stream().filter(a -> a.id() == applicationId).findFirst();
    }

    @Override
    public List<Application> worklist(Actor actor, Application.Status status, int offset, int limit) {
        return applications.stream().filter(a -> a.status() == status).skip(offset).limit(limit).toList();
    }

    @Override
    public ApprovalChain chain(Actor actor, String scheduleId) {
        return ApprovalChain.DEFAULT;
    }

    @Override
    public Application decide(Actor actor, long applicationId, long expectedVersion, ApprovalDecision.Verdict verdict, String comment) {
        if (decideRefusal != null) {
            throw decideRefusal.get();
        }
        decided.add(verdict);
        return application(actor, applicationId).orElseThrow();
    }

    /** What the UI sent to decideAll. */
    record BulkCall(List<BulkDecision.Selected> selections, ApprovalDecision.Verdict verdict, String comment) {
    }

    @Override
    public BulkDecision decideAll(Actor actor, List<BulkDecision.Selected> selections, ApprovalDecision.Verdict verdict, String comment) {
        bulkCalls.add(new BulkCall(selections, verdict, comment));
        List<BulkDecision.Decided> decidedNow = new ArrayList<>();
        List<BulkDecision.Refused> refused = new ArrayList<>();
        for (BulkDecision.Selected selected : selections) {
            if (bulkRefusals.containsKey(selected.applicationId())) {
                refused.add(bulkRefusals.get(selected.applicationId()));
            } else {
                Application.Status status = verdict == ApprovalDecision.Verdict.APPROVE ? Application.Status.AWAITING_DECISION
                        : Application.Status.REJECTED;
                decidedNow.add(new BulkDecision.Decided(selected.applicationId(), status, selected.expectedVersion() + 1));
            }
        }
        return new BulkDecision(decidedNow, refused);
    }

    @Override
    public Optional<Award> award(Actor actor, long awardId) {
        return Optional.empty();
    }

    @Override
    public List<Award> ofEnterprise(Actor actor, CreditCode enterprise) {
        return List.of();
    }

    @Override
    public Award cancel(Actor actor, long awardId, long expectedVersion, String reason) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Optional<Payout> payout(Actor actor, long payoutId) {
        return payouts.stream().filter(p -> p.id() == payoutId).findFirst();
    }

    @Override
    public List<Payout> ofAward(Actor actor, long awardId) {
        return payouts.stream().filter(p -> p.awardId() == awardId).toList();
    }

    @Override
    public List<Payout> worklist(Actor actor, Payout.Status status, int offset, int limit) {
        return payouts.stream().filter(p -> p.status() == status).skip(offset).limit(limit).toList();
    }

    @Override
    public Payout recordReview(Actor actor, long payoutId, long expectedVersion, boolean passed, String reason) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Payout requeue(Actor actor, long payoutId, long expectedVersion) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    /** Like the engine, the same request key answers with the first batch. */
    @Override
    public DisbursementBatch create(Actor actor, String scheduleId, List<Long> payoutIds, String requestKey) {
        batchRequestKeys.add(requestKey);
        return new DisbursementBatch(batchRequestKeys.indexOf(requestKey) + 1, scheduleId, DisbursementBatch.Status.PREPARING,
                payoutIds.size(), 0, Money.ZERO, actor.userId(), Instant.now());
    }

    @Override
    public DisbursementBatch resume(Actor actor, long batchId) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Optional<DisbursementBatch> batch(Actor actor, long batchId) {
        return Optional.empty();
    }

    @Override
    public List<DisbursementBatch> batches(Actor actor, int offset, int limit) {
        return batches.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public PaymentFile paymentFile(Actor actor, long batchId, PaymentFile.Format format) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public ConfirmationPreview previewConfirmation(Actor actor, String fileName, InputStream content) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public ConfirmationPreview applyConfirmation(Actor actor, String previewId) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public BudgetPosition position(Actor actor, String scheduleId, int fiscalYear) {
        return positions.stream().filter(p -> p.scheduleId().equals(scheduleId)).findFirst().orElseThrow();
    }

    @Override
    public List<BudgetPosition> positions(Actor actor, int fiscalYear) {
        return positions;
    }

    @Override
    public BudgetPosition appropriate(Actor actor, String scheduleId, int fiscalYear, Money appropriation, String reason) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Recovery open(Actor actor, long awardId, Money amount, String reason) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Optional<Recovery> recovery(Actor actor, long recoveryId) {
        return Optional.empty();
    }

    @Override
    public List<Recovery> worklist(Actor actor, Recovery.Status status, int offset, int limit) {
        return List.of();
    }

    @Override
    public Recovery recordRepayment(Actor actor, long recoveryId, long expectedVersion, Money amount, LocalDate receivedOn, String reference) {
        throw new UnsupportedOperationException("not used by these tests");
    }
}
