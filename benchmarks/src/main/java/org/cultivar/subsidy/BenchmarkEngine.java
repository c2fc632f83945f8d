package org.cultivar.subsidy;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.store.api.Transactions;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.payment.ConfirmationReader;
import org.cultivar.subsidy.api.payment.PaymentFileWriter;
import org.cultivar.subsidy.api.process.BudgetPosition;

/**
 * The engine's services built as its components build them (the engine's tests do the same, in
 * EngineFixture), for the payouts benchmark: it lives in the engine's package only to reach the
 * package-private constructors that take an {@link EngineContext}, and to read the ledger's own
 * checks afterwards. No Event Admin is bound, so events are dropped after commit as in a product
 * without listeners.
 */
public final class BenchmarkEngine {

    public final ApplicationsService applications;
    public final ApprovalsService approvals;
    public final BudgetsService budgets;
    public final DisbursementBatchesService batches;
    private final Transactions transactions;

    public BenchmarkEngine(Transactions transactions, AuditTrail audit, CertificationRegistry registry, SubsidySchedule schedule,
                           BankAccount payer, PaymentFileWriter writer, ConfirmationReader reader, Executor batchWorker) {
        this.transactions = transactions;
        EngineContext engine = new EngineContext(transactions, audit, new SubsidyEvents(transactions), Clock.systemUTC());
        String scheduleId = schedule.definition().id();
        EngineSettings settings = new EngineSettings(Map.of(), Map.of(scheduleId, payer), "Benchmark initiating party",
                EngineSettings.DEFAULT.chunkSize());
        ScheduleCatalogue schedules = new ScheduleCatalogue();
        schedules.addSchedule(schedule);
        applications = new ApplicationsService(engine, schedules, registry);
        approvals = new ApprovalsService(engine, settings);
        budgets = new BudgetsService(engine, schedules);
        batches = new DisbursementBatchesService(engine, settings, registry, writer, reader, batchWorker);
    }

    /** Ids of ledger postings whose debits and credits differ (none when the ledger balances). */
    public List<Long> unbalancedPostings() {
        return transactions.required(Ledger::unbalancedPostings);
    }

    /** Debits minus credits over the whole ledger. */
    public BigDecimal totalImbalance() {
        return transactions.required(Ledger::totalImbalance);
    }

    /** The budget position as derived from the ledger lines. */
    public BudgetPosition position(String scheduleId, int fiscalYear) {
        return transactions.required(c -> Ledger.position(c, scheduleId, fiscalYear));
    }
}
