package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.MoneyText;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.subsidy.api.process.Recoveries;
import org.cultivar.subsidy.api.process.Recovery;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Clawbacks of paid money. Each repayment is posted from RECOVERED to AVAILABLE of the award's
 * fiscal year, so the budget regains it while DISBURSED keeps showing what once went out.
 */
@Component(service = {Recoveries.class, RecoveriesService.class})
public class RecoveriesService implements Recoveries {

    private static final String SELECT = "SELECT r.*, w.schedule_id, w.credit_code, w.region_code, w.fiscal_year FROM subsidy_recovery r"
            + " JOIN subsidy_award w ON w.id = r.award_id ";

    private final EngineContext engine;

    @Activate
    public RecoveriesService(@Reference Transactions transactions, @Reference AuditTrail auditTrail, @Reference SubsidyEvents events,
                             @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.subsidy)") Schema schema) {
        this(new EngineContext(transactions, auditTrail, events, Clock.systemUTC()));
    }

    RecoveriesService(EngineContext engine) {
        this.engine = engine;
    }

    @Override
    public Recovery open(Actor actor, long awardId, Money amount, String reason) {
        Authority.requireOfficial(actor);
        String why = Reasons.required("reason", reason, 1000);
        if (amount == null || amount.isNegative() || amount.isZero()) {
            throw new InvalidInputException("amount", "须大于零。", "must be more than zero");
        }
        return engine.transactions().required(c -> {
            Award award = AwardTable.find(c, awardId).map(AwardTable.Stored::award)
                    .orElseThrow(() -> new InvalidInputException("awardId", "奖励编号 " + awardId + " 不存在。",
                            "award " + awardId + " does not exist"));
            Authority.requireScope(actor, award.region());
            // the award row's lock serialises recoveries of one award, so two cannot claim the same money
            Jdbc.update(c, "UPDATE subsidy_award SET version = version + 1 WHERE id = ?", awardId);
            Money open = Money.ofYuan(Jdbc.one(c, "SELECT COALESCE(SUM(due), 0) FROM subsidy_recovery WHERE award_id = ?",
                    row -> row.getBigDecimal(1), awardId).orElseThrow());
            Money recoverable = AwardTable.paid(c, awardId).minus(open);
            if (amount.compareTo(recoverable) > 0) {
                throw new InvalidInputException("amount", MoneyText.zh(amount) + " 超过已拨付且尚未追回的 " + MoneyText.zh(recoverable) + "。",
                        MoneyText.en(amount) + " is more than the " + MoneyText.en(recoverable) + " paid and not yet claimed back");
            }
            long id = Jdbc.insert(c, "INSERT INTO subsidy_recovery (version, award_id, due, repaid, status, reason, opened_by, opened_on)"
                    + " VALUES (1, ?, ?, ?, ?, ?, ?, ?)", awardId, amount, Money.ZERO, Recovery.Status.OPEN, why, actor.userId(), engine.today());
            engine.changed(actor, "recovery", id, award.region(), "OPENED", AuditJson.object("award", awardId, "due", amount, "reason", why));
            return find(c, id).orElseThrow();
        });
    }

    /**
     * Opens recoveries for everything paid and not yet claimed under awards resting on a revoked
     * title, as the system actor: what the registry side calls when it revokes (a stand-in until
     * the API offers it).
     */
    public List<Recovery> openForRevokedTitle(long titleId, String reason) {
        List<Long> awards = engine.transactions().required(c -> AwardTable.restingOnTitle(c, titleId).stream()
                .map(stored -> stored.award().id()).toList());
        List<Recovery> opened = new ArrayList<>();
        for (long awardId : awards) {
            Money claimable = engine.transactions().required(c -> AwardTable.paid(c, awardId).minus(Money.ofYuan(Jdbc.one(c,
                    "SELECT COALESCE(SUM(due), 0) FROM subsidy_recovery WHERE award_id = ?", row -> row.getBigDecimal(1), awardId).orElseThrow())));
            if (!claimable.isZero() && !claimable.isNegative()) {
                opened.add(open(Actor.SYSTEM, awardId, claimable, reason));
            }
        }
        return opened;
    }

    @Override
    public Optional<Recovery> recovery(Actor actor, long recoveryId) {
        Authority.requireReader(actor);
        return engine.transactions().required(c -> visibleRecovery(c, actor, recoveryId));
    }

    @Override
    public List<Recovery> worklist(Actor actor, Recovery.Status status, int offset, int limit) {
        Authority.requireReader(actor);
        Pages.check(offset, limit, 500);
        return engine.transactions().required(c -> Jdbc.list(c, SELECT + "WHERE r.status = ? AND w.region_code LIKE ?"
                + " ORDER BY r.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", RecoveriesService::row, status, Authority.regionPattern(actor),
                offset, limit));
    }

    @Override
    public Recovery recordRepayment(Actor actor, long recoveryId, long expectedVersion, Money amount, LocalDate receivedOn,
                                    String reference) {
        Authority.requireClerk(actor);
        String bankReference = Reasons.required("reference", reference, 100);
        if (amount == null || amount.isNegative() || amount.isZero()) {
            throw new InvalidInputException("amount", "须大于零。", "must be more than zero");
        }
        if (receivedOn == null || receivedOn.isAfter(engine.today())) {
            throw new InvalidInputException("receivedOn", "须为今天或之前的日期。", "must be a day up to today");
        }
        return engine.transactions().required(c -> {
            record Target(String scheduleId, int fiscalYear, RegionCode region) {
            }
            Target target = Jdbc.one(c, SELECT + "WHERE r.id = ?", row -> new Target(row.getString("schedule_id"),
                    row.getInt("fiscal_year"), RegionCode.of(row.getString("region_code"))), recoveryId)
                    .orElseThrow(() -> new InvalidInputException("recoveryId", "追回记录 " + recoveryId + " 不存在。",
                            "recovery " + recoveryId + " does not exist"));
            Authority.requireScope(actor, target.region());
            if (Jdbc.count(c, "SELECT COUNT(*) FROM subsidy_repayment WHERE recovery_id = ? AND reference = ?", recoveryId, bankReference) > 0) {
                return find(c, recoveryId).orElseThrow();
            }
            Recovery recovery = find(c, recoveryId).orElseThrow();
            if (recovery.version() != expectedVersion) {
                throw new ConflictException(BilingualText.of("追回 " + recoveryId + " 已被他人修改，请重新加载。", "Recovery " + recoveryId + " was changed meanwhile; reload it."));
            }
            if (amount.compareTo(recovery.outstanding()) > 0) {
                throw new InvalidInputException("amount", MoneyText.zh(amount) + " 超过待追回余额 " + MoneyText.zh(recovery.outstanding()) + "。",
                        MoneyText.en(amount) + " is more than the outstanding " + MoneyText.en(recovery.outstanding()));
            }
            Money repaid = recovery.repaid().plus(amount);
            if (Jdbc.update(c, "UPDATE subsidy_recovery SET repaid = ?, status = ?, version = version + 1 WHERE id = ? AND version = ?",
                    repaid, repaid.equals(recovery.due()) ? Recovery.Status.SETTLED : Recovery.Status.OPEN, recoveryId, expectedVersion) == 0) {
                throw new ConflictException(BilingualText.of("追回 " + recoveryId + " 已被他人修改，请重新加载。", "Recovery " + recoveryId + " was changed meanwhile; reload it."));
            }
            Jdbc.insert(c, "INSERT INTO subsidy_repayment (recovery_id, amount, received_on, reference, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", recoveryId, amount, receivedOn, bankReference, actor.userId(), engine.now());
            Ledger.post(c, actor, engine.now(), Ledger.Kind.REPAYMENT, "recovery:" + recoveryId, target.scheduleId(), target.fiscalYear(),
                    Account.AVAILABLE, Account.RECOVERED, amount);
            engine.changed(actor, "recovery", recoveryId, target.region(), "REPAID", AuditJson.object("amount", amount,
                    "reference", bankReference, "receivedOn", receivedOn));
            return find(c, recoveryId).orElseThrow();
        });
    }

    private static Optional<Recovery> visibleRecovery(Connection c, Actor actor, long id) throws SQLException {
        return Jdbc.one(c, SELECT + "WHERE r.id = ?", row -> RegionCode.of(row.getString("region_code")), id)
                .filter(region -> actor.isSystem() || actor.scope().covers(region))
                .isPresent() ? find(c, id) : Optional.empty();
    }

    private static Optional<Recovery> find(Connection c, long id) throws SQLException {
        return Jdbc.one(c, SELECT + "WHERE r.id = ?", RecoveriesService::row, id);
    }

    private static Recovery row(ResultSet row) throws SQLException {
        return new Recovery(row.getLong("id"), row.getLong("version"), row.getLong("award_id"), row.getString("schedule_id"),
                CreditCode.overridingCheck(row.getString("credit_code")), Jdbc.money(row, "due"), Jdbc.money(row, "repaid"),
                Jdbc.named(Recovery.Status.class, row, "status"), row.getString("reason"), row.getString("opened_by"),
                Jdbc.date(row, "opened_on"));
    }
}
