package org.cultivar.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crash test's checks pass on a finished batch and catch each kind of damage they look for. */
class CrashInvariantsTest {

    private static final int FIRMS = 30;

    @TempDir
    Path folder;
    private final CrashPopulation population = new CrashPopulation(FIRMS);
    private CrashEngine engine;
    private FileBank bank;

    @BeforeEach
    void finishABatch() {
        engine = new CrashEngine(CrashEngine.h2(folder.resolve("cultivar")), population);
        bank = new FileBank(folder.resolve("bank"));
        CrashPreparation.approveEveryClaim(engine, population);
        BatchCrashWorker.runToCompletion(engine, bank);
        assertThat(CrashInvariants.violations(engine.pool, bank, population)).isEmpty();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aPayoutDisbursedTwiceInTheLedgerIsReported() {
        engine.transactions.required(c -> {
            Ledger.post(c, EngineFixture.GZ_CLERK, Instant.now(), Ledger.Kind.DISBURSEMENT, "payout:7", CrashPopulation.SCHEDULE,
                    CrashPopulation.FISCAL_YEAR, Account.DISBURSED, Account.COMMITTED, population.claim(7));
            return null;
        });
        assertThat(CrashInvariants.violations(engine.pool, bank, population))
                .anyMatch(line -> line.startsWith("payout 7 (PAID) has " + population.claim(7).plus(population.claim(7))))
                .contains("the DISBURSED account holds " + population.total().add(population.claim(7).yuan())
                        + " where the payouts say " + population.total());
    }

    @Test
    void aPayoutLeftHalfWayIntoTheBatchIsReported() {
        engine.transactions.required(c -> Jdbc.update(c, "UPDATE subsidy_payout SET status = 'IN_BATCH' WHERE id = 3"));
        assertThat(CrashInvariants.violations(engine.pool, bank, population))
                .contains("payout 3 (IN_BATCH) has " + population.claim(3) + " disbursed for an amount of " + population.claim(3))
                .anyMatch(line -> line.startsWith("payout 3 (IN_BATCH) is in a batch that is CONFIRMED"));
    }

    @Test
    void aPayoutTheBankPaidUnderASecondMessageIdIsReported() throws Exception {
        Files.writeString(folder.resolve("bank").resolve("CVOTHER.accepted"), "CSV CVOTHER 6222000011112222\nCVP5,"
                + population.claim(5) + ",6222020000000005\n", StandardCharsets.UTF_8);
        assertThat(CrashInvariants.violations(engine.pool, bank, population))
                .contains("the bank paid CVP5 2 times")
                .anyMatch(line -> line.contains("under message id CVOTHER, which names no batch"));
    }

    @Test
    void aConfirmedBatchWithoutItsAuditEntryIsReported() {
        engine.transactions.required(c -> Jdbc.update(c, "DELETE FROM " + TableAuditTrail.TABLE + " WHERE action = 'batch.sent'"));
        assertThat(CrashInvariants.violations(engine.pool, bank, population)).contains("0 batch.sent audit entries instead of 1");
    }
}
