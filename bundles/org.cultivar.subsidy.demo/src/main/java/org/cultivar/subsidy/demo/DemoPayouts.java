package org.cultivar.subsidy.demo;

import static org.cultivar.subsidy.api.process.ApprovalDecision.Verdict.APPROVE;
import static org.cultivar.subsidy.api.process.ApprovalDecision.Verdict.REJECT;
import static org.cultivar.subsidy.api.process.ApprovalDecision.Verdict.RETURN;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.RequiredDocument;
import org.cultivar.subsidy.api.payment.PayeeAccounts;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Applications;
import org.cultivar.subsidy.api.process.Approvals;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.Awards;
import org.cultivar.subsidy.api.process.ConfirmationPreview;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.DisbursementBatches;
import org.cultivar.subsidy.api.process.PaymentFile;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;
import org.cultivar.subsidy.api.process.Recoveries;
import org.cultivar.subsidy.demo.DemoPlan.Planned;
import org.cultivar.subsidy.demo.DemoPlan.Target;

/**
 * Walks one region's planned applications through the engine's real services, as the demo
 * people would in the UI: record, review, approve, batch, payment file, bank confirmation,
 * recovery. Every rule (segregation of duties, budgets, eligibility when money moves) applies.
 */
final class DemoPayouts {

    /** The people of one region's chain: recorder, reviewer, approver. */
    record Team(Actor recorder, Actor reviewer, Actor approver) {
    }

    private final DemoServices services;
    private final LocalDate today;
    private final Map<Target, Integer> made = new EnumMap<>(Target.class);
    private int ineligible;

    DemoPayouts(DemoServices services, LocalDate today) {
        this.services = services;
        this.today = today;
    }

    Map<Target, Integer> made() {
        return made;
    }

    int ineligible() {
        return ineligible;
    }

    void run(String scheduleId, Team team, List<Planned> plan) throws InterruptedException {
        Set<String> documents = services.schedule(scheduleId).orElseThrow().definition().documents().stream()
                .map(RequiredDocument::key).collect(Collectors.toSet());
        Map<Target, List<Award>> awards = new EnumMap<>(Target.class);
        for (Planned planned : plan) {
            Application application = services.get(Applications.class).record(team.recorder(), scheduleId,
                    ApplicationInput.withoutFields(planned.enterprise(), today), documents);
            if (!application.assessment().eligibility().eligible()) {
                ineligible++; // kept on file with its reasons, as a real refusal would be
                continue;
            }
            Application decided = decide(team, planned.target(), application);
            if (planned.target().approved()) {
                awards.computeIfAbsent(planned.target(), t -> new ArrayList<>()).add(awardOf(team.approver(), decided));
            } else {
                made.merge(planned.target(), 1, Integer::sum);
            }
        }
        awards.getOrDefault(Target.APPROVED, List.of()).forEach(a -> made.merge(Target.APPROVED, 1, Integer::sum));
        disburse(scheduleId, team.recorder(), team.approver(), awards);
    }

    private Application decide(Team team, Target target, Application application) throws InterruptedException {
        Approvals approvals = services.get(Approvals.class);
        if (target == Target.AWAITING_REVIEW) {
            return application;
        }
        if (target == Target.RETURNED) {
            return approvals.decide(team.reviewer(), application.id(), application.version(), RETURN,
                    "演示：请补充信用承诺书原件 Demo: please supply the signed credit pledge");
        }
        Application reviewed = approvals.decide(team.reviewer(), application.id(), application.version(), APPROVE, "复核无误 Checked");
        if (target == Target.AWAITING_APPROVAL) {
            return reviewed;
        }
        if (target == Target.REJECTED) {
            return approvals.decide(team.approver(), reviewed.id(), reviewed.version(), REJECT,
                    "演示：同一事项已获市级资助 Demo: already supported for the same purpose");
        }
        return approvals.decide(team.approver(), reviewed.id(), reviewed.version(), APPROVE, "同意 Approved");
    }

    private Award awardOf(Actor approver, Application approved) throws InterruptedException {
        return services.get(Awards.class).ofEnterprise(approver, approved.enterprise()).stream()
                .filter(a -> a.applicationId() == approved.id()).findFirst()
                .orElseThrow(() -> new IllegalStateException("approved application " + approved.id() + " has no award"));
    }

    /** Batches, pays and recovers the approved awards that the plan sends further than approval. */
    private void disburse(String scheduleId, Actor clerk, Actor official, Map<Target, List<Award>> awards)
            throws InterruptedException {
        List<Award> unbatched = new ArrayList<>(awards.getOrDefault(Target.IN_BATCH, List.of()));
        unbatched.addAll(awards.getOrDefault(Target.HELD, List.of()));
        List<Award> sent = new ArrayList<>();
        for (Target target : List.of(Target.PAID, Target.FAILED, Target.RECOVERY)) {
            sent.addAll(awards.getOrDefault(target, List.of()));
        }
        if (unbatched.isEmpty() && sent.isEmpty()) {
            return;
        }
        PayeeAccounts accounts = services.get(PayeeAccounts.class);
        for (Map.Entry<Target, List<Award>> entry : awards.entrySet()) {
            if (entry.getKey().needsPayeeAccount()) {
                for (Award award : entry.getValue()) {
                    accounts.verify(clerk, award.enterprise(), DemoPayeeAccount.of(award.enterprise(),
                            "演示收款户 Demo payee " + award.enterprise().value()));
                }
            }
        }
        if (!unbatched.isEmpty()) {
            List<Long> ids = payouts(clerk, unbatched);
            fill(clerk, scheduleId, ids, "demo-" + scheduleId + "-in-batch");
            count(clerk, ids, Map.of(Payout.Status.IN_BATCH, Target.IN_BATCH, Payout.Status.HELD, Target.HELD));
        }
        if (!sent.isEmpty()) {
            List<Long> ids = payouts(clerk, sent);
            DisbursementBatch batch = fill(clerk, scheduleId, ids, "demo-" + scheduleId + "-paid");
            confirm(clerk, batch, payouts(clerk, awards.getOrDefault(Target.FAILED, List.of())));
            for (Award award : awards.getOrDefault(Target.RECOVERY, List.of())) {
                services.get(Recoveries.class).open(official, award.id(), award.amount(),
                        "演示：核查发现申报材料不实 Demo: fraud finding on review of the application");
                made.merge(Target.RECOVERY, 1, Integer::sum);
            }
            count(clerk, ids, Map.of(Payout.Status.PAID, Target.PAID, Payout.Status.FAILED, Target.FAILED));
            made.merge(Target.PAID, -made.getOrDefault(Target.RECOVERY, 0), Integer::sum); // recovered ones were paid too
        }
    }

    private List<Long> payouts(Actor clerk, List<Award> awards) throws InterruptedException {
        List<Long> ids = new ArrayList<>();
        for (Award award : awards) {
            services.get(Payouts.class).ofAward(clerk, award.id()).forEach(p -> ids.add(p.id()));
        }
        return ids;
    }

    /** Creates the batch and waits for the engine's background filling to finish. */
    private DisbursementBatch fill(Actor clerk, String scheduleId, List<Long> payoutIds, String requestKey)
            throws InterruptedException {
        DisbursementBatch batch = services.get(DisbursementBatches.class).create(clerk, scheduleId, payoutIds, requestKey);
        while (batch.status() == DisbursementBatch.Status.PREPARING) {
            if (services.pastDeadline()) {
                throw new DemoServices.DemoTimeout("batch " + batch.id() + " to be filled");
            }
            Thread.sleep(200);
            batch = services.get(DisbursementBatches.class).batch(clerk, batch.id()).orElseThrow();
        }
        return batch;
    }

    /** Produces the CSV payment file (the batch is then sent) and applies the pretend bank's answer. */
    private void confirm(Actor clerk, DisbursementBatch batch, List<Long> failed) throws InterruptedException {
        DisbursementBatches batches = services.get(DisbursementBatches.class);
        PaymentFile file = batches.paymentFile(clerk, batch.id(), PaymentFile.Format.CSV);
        byte[] answer = ConfirmationFile.answer(file.content(), new HashSet<>(failed));
        String name = "demo-bank-confirmation-" + batch.id() + ".csv";
        ConfirmationPreview preview = batches.previewConfirmation(clerk, name, new ByteArrayInputStream(answer));
        if (preview.previewId() == null) {
            throw new IllegalStateException("the demo confirmation was refused: " + preview.problems());
        }
        batches.applyConfirmation(clerk, preview.previewId());
    }

    /** Counts the payouts by the status they ended in; a payout in a status not named is not counted. */
    private void count(Actor clerk, List<Long> payoutIds, Map<Payout.Status, Target> targets) throws InterruptedException {
        for (long id : payoutIds) {
            Payout payout = services.get(Payouts.class).payout(clerk, id).orElseThrow();
            Target target = targets.get(payout.status());
            if (target != null) {
                made.merge(target, 1, Integer::sum);
            }
        }
    }
}
