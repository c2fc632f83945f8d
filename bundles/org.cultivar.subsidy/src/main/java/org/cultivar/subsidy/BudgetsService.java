package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.MoneyText;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.BudgetPosition;
import org.cultivar.subsidy.api.process.Budgets;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Appropriations by officials of the schedule's region, and positions derived from the ledger.
 * An appropriation is posted as the difference to the current one, so the ledger keeps every change.
 */
@Component(service = Budgets.class)
public class BudgetsService implements Budgets {

    private static final int REASON_LENGTH = 1000;
    private static final int EARLIEST_YEAR = 2000;
    private static final int LATEST_YEAR = 2100;

    private final EngineContext engine;
    private final ScheduleCatalogue schedules;

    @Activate
    public BudgetsService(@Reference Transactions transactions, @Reference AuditTrail auditTrail, @Reference SubsidyEvents events,
                          @Reference ScheduleCatalogue schedules,
                          @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.subsidy)") Schema schema) {
        this(new EngineContext(transactions, auditTrail, events, Clock.systemUTC()), schedules);
    }

    BudgetsService(EngineContext engine, ScheduleCatalogue schedules) {
        this.engine = engine;
        this.schedules = schedules;
    }

    @Override
    public BudgetPosition position(Actor actor, String scheduleId, int fiscalYear) {
        Authority.requireReader(actor);
        return engine.transactions().required(c -> {
            Authority.requireScope(actor, region(c, scheduleId));
            return Ledger.position(c, scheduleId, fiscalYear);
        });
    }

    @Override
    public List<BudgetPosition> positions(Actor actor, int fiscalYear) {
        Authority.requireReader(actor);
        return engine.transactions().required(c -> {
            List<String> scheduleIds = Jdbc.list(c, "SELECT schedule_id FROM subsidy_budget WHERE fiscal_year = ? AND region_code LIKE ?"
                    + " ORDER BY schedule_id", row -> row.getString(1), fiscalYear, Authority.regionPattern(actor));
            List<BudgetPosition> positions = new java.util.ArrayList<>();
            for (String scheduleId : scheduleIds) {
                positions.add(Ledger.position(c, scheduleId, fiscalYear));
            }
            return positions;
        });
    }

    @Override
    public BudgetPosition appropriate(Actor actor, String scheduleId, int fiscalYear, Money appropriation, String reason) {
        Authority.requireOfficial(actor);
        if (fiscalYear < EARLIEST_YEAR || fiscalYear > LATEST_YEAR) {
            throw new InvalidInputException("fiscalYear", fiscalYear + " 不是 " + EARLIEST_YEAR + " 至 " + LATEST_YEAR + " 年之间的财政年度。",
                    fiscalYear + " is not a fiscal year from " + EARLIEST_YEAR + " to " + LATEST_YEAR);
        }
        if (appropriation == null || appropriation.isNegative()) {
            throw new InvalidInputException("appropriation", "不能为负数。", "must be zero or more");
        }
        String why = Reasons.required("reason", reason, REASON_LENGTH);
        ScheduleDefinition schedule = schedules.definition(scheduleId);
        Authority.requireScope(actor, schedule.region());
        return Conflicts.translated(new ConflictException(BilingualText.of("他人同时修改了该预算，请重新加载后再试。",
                "Someone else changed this budget at the same moment; reload it and try again.")),
                () -> engine.transactions().required(c -> {
            if (!BudgetBook.lock(c, scheduleId, fiscalYear)) {
                Jdbc.update(c, "INSERT INTO subsidy_budget (schedule_id, fiscal_year, region_code) VALUES (?, ?, ?)",
                        scheduleId, fiscalYear, schedule.region().code());
                BudgetBook.lock(c, scheduleId, fiscalYear);
            }
            BudgetPosition before = Ledger.position(c, scheduleId, fiscalYear);
            Money spoken = before.committed().plus(before.disbursed()).minus(before.recovered());
            if (appropriation.compareTo(spoken) < 0) {
                throw new ConflictException(BilingualText.of(scheduleId + " 的 " + fiscalYear + " 年度预算不能减至 " + MoneyText.zh(appropriation)
                        + "：其中 " + MoneyText.zh(spoken) + " 已承诺或已拨付。", "The " + fiscalYear + " budget of " + scheduleId
                        + " cannot fall to " + MoneyText.en(appropriation) + ": " + MoneyText.en(spoken) + " is already committed or disbursed."));
            }
            Money change = appropriation.minus(before.appropriation());
            String reference = "budget:" + scheduleId + ":" + fiscalYear;
            if (change.isNegative()) {
                Ledger.post(c, actor, engine.now(), Ledger.Kind.APPROPRIATION, reference, scheduleId, fiscalYear,
                        Account.APPROPRIATION, Account.AVAILABLE, Money.ZERO.minus(change));
            } else if (!change.isZero()) {
                Ledger.post(c, actor, engine.now(), Ledger.Kind.APPROPRIATION, reference, scheduleId, fiscalYear,
                        Account.AVAILABLE, Account.APPROPRIATION, change);
            }
            engine.audit().record(org.cultivar.core.api.audit.AuditEvent.of(actor, "budget.appropriated", "budget",
                            scheduleId + ":" + fiscalYear).withRegion(schedule.region().code())
                    .withChange(AuditJson.object("appropriation", before.appropriation()),
                            AuditJson.object("appropriation", appropriation, "reason", why)));
            engine.events().publish("budget/APPROPRIATED", java.util.Map.of("schedule", scheduleId, "fiscalYear", fiscalYear,
                    "region", schedule.region().code()));
            return Ledger.position(c, scheduleId, fiscalYear);
        }));
    }

    /** The schedule's region: from its budget row, else from the running schedule. */
    private RegionCode region(Connection c, String scheduleId) throws SQLException {
        return Jdbc.one(c, "SELECT region_code FROM subsidy_budget WHERE schedule_id = ? ORDER BY fiscal_year DESC FETCH FIRST 1 ROWS ONLY",
                        row -> RegionCode.of(row.getString(1)), scheduleId)
                .orElseGet(() -> schedules.definition(scheduleId).region());
    }
}
