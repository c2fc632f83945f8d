package org.cultivar.subsidy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Payouts of the region: reviews of conditional tranches by officials, requeueing by clerks. */
@Component(service = Payouts.class)
public class PayoutsService implements Payouts {

    private static final Set<Payout.Status> REQUEUEABLE = Set.of(Payout.Status.HELD, Payout.Status.FAILED, Payout.Status.RETURNED,
            Payout.Status.PLANNED);

    private final EngineContext engine;
    private final CertificationRegistry registry;

    @Activate
    public PayoutsService(@Reference Transactions transactions, @Reference AuditTrail auditTrail, @Reference SubsidyEvents events,
                          @Reference CertificationRegistry registry,
                          @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.subsidy)") Schema schema) {
        this(new EngineContext(transactions, auditTrail, events, Clock.systemUTC()), registry);
    }

    PayoutsService(EngineContext engine, CertificationRegistry registry) {
        this.engine = engine;
        this.registry = registry;
    }

    @Override
    public Optional<Payout> payout(Actor actor, long payoutId) {
        Authority.requireReader(actor);
        return engine.transactions().required(c -> PayoutTable.find(c, payoutId)
                .filter(stored -> actor.isSystem() || actor.scope().covers(stored.region())).map(PayoutTable.Stored::payout));
    }

    @Override
    public List<Payout> ofAward(Actor actor, long awardId) {
        Authority.requireReader(actor);
        return engine.transactions().required(c -> PayoutTable.ofAward(c, awardId).stream()
                .filter(stored -> actor.isSystem() || actor.scope().covers(stored.region())).map(PayoutTable.Stored::payout).toList());
    }

    @Override
    public List<Payout> worklist(Actor actor, Payout.Status status, int offset, int limit) {
        Authority.requireReader(actor);
        Pages.check(offset, limit, 500);
        return engine.transactions().required(c -> PayoutTable.list(c, status, Authority.regionPattern(actor), offset, limit)
                .stream().map(PayoutTable.Stored::payout).toList());
    }

    @Override
    public Payout recordReview(Actor actor, long payoutId, long expectedVersion, boolean passed, String reason) {
        Authority.requireOfficial(actor);
        String why = Reasons.required("reason", reason, 1000);
        return engine.transactions().required(c -> {
            PayoutTable.Stored stored = visible(c, actor, payoutId);
            Payout payout = stored.payout();
            if (payout.status() != Payout.Status.PLANNED || !payout.conditionalOnReview()) {
                throw new ConflictException(BilingualText.of("拨付 " + payoutId + " 并未处于待绩效评价状态。", "Payout " + payoutId + " does not wait for a performance review."));
            }
            if (passed && payout.fiscalYear() <= engine.today().getYear()) {
                PayoutTable.move(c, payoutId, expectedVersion, Payout.Status.READY, null, null);
            } else if (passed) {
                PayoutTable.reviewPassed(c, payoutId, expectedVersion); // TrancheRelease queues it when its year begins
            } else {
                PayoutTable.move(c, payoutId, expectedVersion, Payout.Status.CANCELLED, why, null);
                BudgetBook.release(c, actor, engine.now(), "payout:" + payoutId, payout.scheduleId(), payout.fiscalYear(), payout.amount());
            }
            engine.changed(actor, "payout", payoutId, stored.region(), passed ? "REVIEW_PASSED" : "REVIEW_FAILED",
                    AuditJson.object("reason", why));
            return PayoutTable.find(c, payoutId).orElseThrow().payout();
        });
    }

    /** Judged again as if the money moved today; still failing, it stays held with the new reason. */
    @Override
    public Payout requeue(Actor actor, long payoutId, long expectedVersion) {
        Authority.requireClerk(actor);
        return engine.transactions().required(c -> {
            PayoutTable.Stored stored = visible(c, actor, payoutId);
            Payout payout = stored.payout();
            if (!REQUEUEABLE.contains(payout.status()) || payout.status() == Payout.Status.PLANNED
                    && (payout.conditionalOnReview() || payout.fiscalYear() > engine.today().getYear())) {
                throw new ConflictException(BilingualText.of("拨付 " + payoutId + " 当前状态为“" + payout.status().chinese() + "”，现在不能重新排队。",
                        "Payout " + payoutId + " is " + payout.status() + " and cannot be put back in the queue now."));
            }
            AwardTable.Stored award = AwardTable.find(c, payout.awardId()).orElseThrow();
            PaymentEligibility.Judgement judgement = PaymentEligibility.judge(c, registry, award, engine.today());
            Payout.Status to = judgement.holdReason() == null ? Payout.Status.READY : Payout.Status.HELD;
            PayoutTable.move(c, payoutId, expectedVersion, to, judgement.holdReason(), judgement.holdReasonZh(), null);
            engine.changed(actor, "payout", payoutId, stored.region(), to == Payout.Status.READY ? "REQUEUED" : "HELD",
                    AuditJson.object("from", payout.status(), "reason", judgement.holdReason()));
            return PayoutTable.find(c, payoutId).orElseThrow().payout();
        });
    }

    private static PayoutTable.Stored visible(java.sql.Connection c, Actor actor, long payoutId) throws java.sql.SQLException {
        PayoutTable.Stored stored = PayoutTable.find(c, payoutId)
                .orElseThrow(() -> new InvalidInputException("payoutId", "拨付 " + payoutId + " 不存在。", "payout " + payoutId + " does not exist"));
        Authority.requireScope(actor, stored.region());
        return stored;
    }
}
