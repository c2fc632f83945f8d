package org.cultivar.subsidy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.Awards;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Awards, read within the region and cancelled by its officials, releasing unpaid commitments. */
@Component(service = Awards.class)
public class AwardsService implements Awards {

    /** Payouts whose money has not left and whose commitment a cancellation releases. */
    static final Set<Payout.Status> UNPAID = Set.of(Payout.Status.PLANNED, Payout.Status.READY, Payout.Status.HELD,
            Payout.Status.FAILED, Payout.Status.RETURNED);

    private final EngineContext engine;

    @Activate
    public AwardsService(@Reference Transactions transactions, @Reference AuditTrail auditTrail, @Reference SubsidyEvents events,
                         @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.subsidy)") Schema schema) {
        this(new EngineContext(transactions, auditTrail, events, Clock.systemUTC()));
    }

    AwardsService(EngineContext engine) {
        this.engine = engine;
    }

    @Override
    public Optional<Award> award(Actor actor, long awardId) {
        Authority.requireReader(actor);
        return engine.transactions().required(c -> AwardTable.find(c, awardId).map(AwardTable.Stored::award)
                .filter(award -> actor.isSystem() || actor.scope().covers(award.region())));
    }

    @Override
    public List<Award> ofEnterprise(Actor actor, CreditCode enterprise) {
        Authority.requireReader(actor);
        return engine.transactions().required(c -> AwardTable.ofEnterprise(c, enterprise, Authority.regionPattern(actor))
                .stream().map(AwardTable.Stored::award).toList());
    }

    @Override
    public Award cancel(Actor actor, long awardId, long expectedVersion, String reason) {
        Authority.requireOfficial(actor);
        String why = Reasons.required("reason", reason, 1000);
        return engine.transactions().required(c -> {
            Award award = AwardTable.find(c, awardId).map(AwardTable.Stored::award)
                    .orElseThrow(() -> new InvalidInputException("awardId", "奖励编号 " + awardId + " 不存在。",
                            "award " + awardId + " does not exist"));
            Authority.requireScope(actor, award.region());
            if (Jdbc.update(c, "UPDATE subsidy_award SET version = version + 1 WHERE id = ? AND version = ? AND status = 'ACTIVE'",
                    awardId, expectedVersion) == 0) {
                throw new ConflictException(BilingualText.of("奖励编号 " + awardId + " 已被他人修改或已不再有效，请重新加载。",
                        "Award " + awardId + " was changed meanwhile or is no longer active; reload it."));
            }
            List<PayoutTable.Stored> payouts = PayoutTable.ofAward(c, awardId);
            if (payouts.stream().anyMatch(p -> p.payout().status() == Payout.Status.IN_BATCH || p.payout().status() == Payout.Status.SENT)) {
                throw new ConflictException(BilingualText.of("奖励编号 " + awardId + " 有一笔拨付正在银行办理，请等待银行确认。",
                        "Award " + awardId + " has a payout with the bank; wait for its confirmation."));
            }
            boolean anyPaid = false;
            for (PayoutTable.Stored stored : payouts) {
                Payout payout = stored.payout();
                if (UNPAID.contains(payout.status())) {
                    PayoutTable.move(c, payout.id(), payout.version(), Payout.Status.CANCELLED, why, null);
                    BudgetBook.release(c, actor, engine.now(), "payout:" + payout.id(), payout.scheduleId(), payout.fiscalYear(),
                            payout.amount());
                }
                anyPaid |= payout.status() == Payout.Status.PAID;
            }
            AwardTable.setStatus(c, awardId, anyPaid ? Award.Status.COMPLETED : Award.Status.CANCELLED);
            engine.changed(actor, "award", awardId, award.region(), "CANCELLED", AuditJson.object("reason", why, "paidBefore", anyPaid));
            return AwardTable.find(c, awardId).orElseThrow().award();
        });
    }
}
