package org.cultivar.subsidy;

import java.nio.file.Path;
import java.util.Map;

import org.cultivar.store.pool.ConnectionPools;
import org.cultivar.store.pool.DatabaseSettings;
import org.cultivar.store.pool.PoolTuning;
import org.cultivar.store.pool.UnreachableDatabaseException;
import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.tx.ThreadBoundTransactions;
import org.cultivar.subsidy.testing.SubsidySchema;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The engine as a (re)started process builds it: over a database opened with the store's own
 * settings (PostgreSQL for the crash test, ADR 0013; an H2 file where a test says so), its audit entries written in the business transactions, the registry rebuilt from
 * the population, the clock on {@link EngineFixture#TODAY}. Batches fill on the calling thread,
 * so a batch call returns when its work is committed.
 */
final class CrashEngine implements AutoCloseable {

    static final int CHUNK_SIZE = 500;

    final HikariDataSource pool;
    final ThreadBoundTransactions transactions;
    final FakeBank files = new FakeBank();
    final ApplicationsService applications;
    final ApprovalsService approvals;
    final BudgetsService budgets;
    final PayoutsService payouts;
    final PayeeAccountBook payeeAccounts;
    final InMemoryRegistry registry;
    final DisbursementBatchesService batches;

    CrashEngine(String url, CrashPopulation population) {
        pool = open(url);
        SubsidySchema.migrate(pool);
        TableAuditTrail.createTable(pool);
        transactions = new ThreadBoundTransactions(pool);
        MutableClock clock = new MutableClock(java.time.Instant.EPOCH);
        clock.setDay(EngineFixture.TODAY);
        EngineContext engine = new EngineContext(transactions, new TableAuditTrail(transactions), new SubsidyEvents(transactions), clock);
        EngineSettings settings = new EngineSettings(Map.of(), Map.of(CrashPopulation.SCHEDULE, EngineFixture.PAYER),
                "广州市工业和信息化局", CHUNK_SIZE);
        registry = population.registry();
        ScheduleCatalogue schedules = new ScheduleCatalogue();
        schedules.addSchedule(CrashPopulation.schedule());
        applications = new ApplicationsService(engine, schedules, registry);
        approvals = new ApprovalsService(engine, settings);
        budgets = new BudgetsService(engine, schedules);
        payouts = new PayoutsService(engine, registry);
        payeeAccounts = new PayeeAccountBook(engine, registry);
        batches = new DisbursementBatchesService(engine, settings, registry, files, files, Runnable::run);
    }

    /** The URL the store builds for its data directory's database, here for a file of the test's choosing. */
    static String h2(Path file) {
        return DatabaseSettings.h2FileUrl(file.toAbsolutePath());
    }

    /** A pool as the store opens it: H2's owner {@code sa}, or the embedded PostgreSQL server's superuser. */
    static HikariDataSource open(String url) {
        boolean h2 = url.startsWith("jdbc:h2:");
        try {
            return ConnectionPools.open(new DatabaseSettings(url, h2 ? "sa" : PostgresTestDatabase.USER, h2 ? "" : null),
                    PoolTuning.DEFAULT);
        } catch (UnreachableDatabaseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
