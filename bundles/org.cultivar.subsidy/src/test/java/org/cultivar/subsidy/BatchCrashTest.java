package org.cultivar.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;

import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.BatchCrashWorker.Phase;
import org.cultivar.subsidy.api.process.BudgetPosition;
import org.cultivar.store.testing.PostgresTestDatabase;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

/**
 * {@code kill -9} during a disbursement batch of 10,000 payouts, several times, at instants drawn
 * from a seeded random source (set {@code -Dcultivar.crash.seed} to try others): after every kill
 * no payout is half-done or paid twice, the ledger balances and the audit trail matches the
 * states; a last run finishes the batch, and every payout is paid exactly once, to the fen.
 *
 * <p>On PostgreSQL: the kill takes the engine down, not the database, which is how Cultivar runs in
 * production. Embedded H2 dies with the process and, about once in a hundred kills, comes back
 * with a commit applied to some tables and not others (ADR 0013), which no engine can mend.
 */
class BatchCrashTest {

    private static final int FIRMS = 10_000;
    private static final long SEED = Long.getLong("cultivar.crash.seed", 20260302L);
    private static final long TIMEOUT_SECONDS = 600;

    @TempDir
    Path folder;

    /**
     * Where a round's kill lands: at the first announcement at or past the phase (while filling,
     * with at least that many payouts checked), plus a delay. Aiming at phases rather than at
     * wall-clock times spreads the kills over the whole batch on a fast machine and a slow one.
     */
    record KillPoint(Phase phase, int processed, long delayMillis) {

        boolean reachedBy(String announcement) {
            String[] words = announcement.split(" ");
            if (words[0].equals("phase")) {
                Phase announced = Phase.valueOf(words[1]);
                return announced.compareTo(phase) > 0 || announced == phase && processed == 0;
            }
            boolean filling = words[1].equals("PREPARING");
            int checked = filling ? Integer.parseInt(words[2].split("/")[0]) : Integer.MAX_VALUE;
            return phase == Phase.FILLING && checked >= processed || phase.compareTo(Phase.FILLING) < 0;
        }
    }

    @Test
    void killedAtRandomInstantsTheBatchNeverHalfDoesOrPaysTwiceAndFinishesToTheFen() throws Exception {
        long started = System.nanoTime();
        CrashPopulation population = new CrashPopulation(FIRMS);
        // PostgreSQL, the production database, in a process of its own that the kills spare; embedded H2
        // dies with the worker and can tear a commit on disk (ADR 0013)
        String database = PostgresTestDatabase.freshDatabaseUrl();
        Path journal = folder.resolve("bank");
        FileBank bank = new FileBank(journal);
        try (CrashEngine engine = new CrashEngine(database, population)) {
            CrashPreparation.approveEveryClaim(engine, population);
        }
        assertConsistent(database, bank, population, "after preparing");

        Random random = new Random(SEED);
        List<KillPoint> plan = List.of(
                new KillPoint(Phase.FILLING, 0, random.nextInt(2_000)),                        // creating the batch or filling its first chunks
                new KillPoint(Phase.FILLING, 2_000 + random.nextInt(7_000), random.nextInt(250)), // between two chunks or inside one
                new KillPoint(Phase.PAYING, 0, random.nextInt(300)),                           // around the file's hand-over to the bank
                new KillPoint(Phase.CONFIRMING, 0, random.nextInt(1_000)),                     // inside the confirmation's transaction
                new KillPoint(Phase.STARTED, 0, random.nextInt(2_000)));                       // while the engine starts
        int killedAtWork = 0;
        for (int round = 1; round <= plan.size(); round++) {
            KillPoint point = plan.get(round - 1);
            WorkerProcess worker = WorkerProcess.start(database, journal, FIRMS, folder.resolve("worker-" + round + ".err"));
            if (worker.awaitLine(point::reachedBy, TIMEOUT_SECONDS)) {
                Thread.sleep(point.delayMillis());
            }
            WorkerProcess.Ending ending = worker.kill();
            assertThat(ending).as("round %d, the worker's errors:%n%s", round, worker.errors()).isNotEqualTo(WorkerProcess.Ending.FAILED);
            killedAtWork += ending == WorkerProcess.Ending.KILLED_AT_WORK ? 1 : 0;
            String found = assertConsistent(database, bank, population, "after kill " + round + " " + worker.lastLines());
            System.out.printf("crash round %d (seed %d, %d s into the test): %s -> %s after %s; found %s%n", round, SEED,
                    (System.nanoTime() - started) / 1_000_000_000, point, ending, worker.lastLines(), found);
        }

        WorkerProcess last = WorkerProcess.start(database, journal, FIRMS, folder.resolve("worker-last.err"));
        assertThat(last.awaitExit(TIMEOUT_SECONDS)).as("the last run's errors:%n%s", last.errors()).isZero();
        assertThat(last.finished()).isTrue();
        assertConsistent(database, bank, population, "after the last run");
        assertEveryPayoutPaidOnceToTheFen(database, bank, population);
        assertThat(killedAtWork).as("rounds whose kill hit the worker at work").isGreaterThanOrEqualTo(3);
        System.out.printf("crash test: %d of %d kills hit the worker at work; finished %d s into the test%n", killedAtWork, plan.size(),
                (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Asserts the invariants; returns the states found, for the log. */
    private static String assertConsistent(String database, FileBank bank, CrashPopulation population, String when) {
        try (HikariDataSource pool = CrashEngine.open(database)) {
            assertThat(CrashInvariants.violations(pool, bank, population)).as(when).isEmpty();
            return CrashInvariants.states(pool);
        }
    }

    private static void assertEveryPayoutPaidOnceToTheFen(String database, FileBank bank, CrashPopulation population) throws SQLException {
        BigDecimal total = population.total();
        List<FileBank.Payment> payments = bank.payments();
        assertThat(payments).hasSize(FIRMS);
        assertThat(payments).extracting(FileBank.Payment::endToEndId).doesNotHaveDuplicates();
        assertThat(payments.stream().map(FileBank.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
        try (HikariDataSource pool = CrashEngine.open(database)) {
            assertThat(TestDatabase.count(pool, "SELECT COUNT(*) FROM subsidy_payout WHERE status = 'PAID'")).isEqualTo(FIRMS);
            assertThat(TestDatabase.count(pool, "SELECT COUNT(*) FROM subsidy_posting WHERE kind = 'DISBURSEMENT'")).isEqualTo(FIRMS);
            assertThat(TestDatabase.count(pool, "SELECT COUNT(*) FROM " + TableAuditTrail.TABLE + " WHERE action = 'payout.paid'"))
                    .isEqualTo(FIRMS);
            BudgetPosition position;
            try (Connection c = pool.getConnection()) {
                position = Ledger.position(c, CrashPopulation.SCHEDULE, CrashPopulation.FISCAL_YEAR);
            }
            assertThat(position.disbursed()).isEqualTo(Money.ofYuan(total));
            assertThat(position.committed()).isEqualTo(Money.ZERO);
            assertThat(position.available()).isEqualTo(Money.ZERO);
        }
    }
}
