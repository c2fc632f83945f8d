package org.cultivar.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.ApplicationWindow;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.InstalmentTerms;
import org.cultivar.subsidy.api.Limits;
import org.cultivar.subsidy.api.MoneyField;
import org.cultivar.subsidy.api.RequiredDocument;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.rules.ClaimedAmount;
import org.cultivar.subsidy.api.rules.FixedAmountByTier;
import org.cultivar.subsidy.api.rules.TitleHeld;
import org.cultivar.subsidy.testing.SubsidySchema;
import org.cultivar.store.testing.TestDatabase;
import org.cultivar.store.tx.ThreadBoundTransactions;

import com.zaxxer.hikari.HikariDataSource;

/**
 * One test's world: a fresh migrated database, the store's real transactions, the recording
 * audit trail, an in-memory registry, the fake bank, a clock at 2026-03-02 in Shanghai, three
 * schedules (Guangzhou cultivation and rent, Shenzhen cultivation) and every service built as
 * its component builds it. Batches fill on the calling thread unless a test holds them back.
 */
final class EngineFixture implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final RegionCode GUANGZHOU = RegionCode.of("440100");
    static final RegionCode SHENZHEN = RegionCode.of("440300");
    static final String CULTIVATION = "guangzhou.cultivation";
    static final String RENT = "guangzhou.rent";
    static final String SZ_CULTIVATION = "shenzhen.cultivation";
    /** Not installed unless a test adds {@link #talentSchedule()}. */
    static final String TALENT = "guangzhou.talent";

    static final Actor GZ_CLERK = actor("gz.clerk", GUANGZHOU, Role.CLERK);
    static final Actor GZ_REVIEWER = actor("gz.reviewer", GUANGZHOU, Role.CLERK);
    static final Actor GZ_OFFICIAL = actor("gz.official", GUANGZHOU, Role.OFFICIAL);
    static final Actor GZ_OFFICIAL_2 = actor("gz.official2", GUANGZHOU, Role.OFFICIAL);
    static final Actor GZ_AUDITOR = actor("gz.auditor", GUANGZHOU, Role.AUDITOR);
    static final Actor SZ_CLERK = actor("sz.clerk", SHENZHEN, Role.CLERK);
    static final Actor ADMIN = actor("root.admin", RegionCode.NATIONAL, Role.ADMINISTRATOR);

    static final BankAccount PAYER = new BankAccount("6222000011112222", "广州市工业和信息化局", "中国工商银行广州分行", "102581000013");

    final HikariDataSource pool;
    final ThreadBoundTransactions transactions;
    final RecordingAuditTrail audit;
    final MutableClock clock = new MutableClock(Instant.EPOCH);
    final InMemoryRegistry registry = new InMemoryRegistry();
    final FakeBank bank = new FakeBank();
    final ScheduleCatalogue schedules = new ScheduleCatalogue();
    final List<Runnable> heldBack = new ArrayList<>();
    final EngineSettings settings;
    final EngineContext engine;
    final ApplicationsService applications;
    final ApprovalsService approvals;
    final BudgetsService budgets;
    final AwardsService awards;
    final PayoutsService payouts;
    final DisbursementBatchesService batches;
    final RecoveriesService recoveries;
    final PayeeAccountBook payeeAccounts;
    final SubsidySchedule cultivation = () -> cultivationSchedule(CULTIVATION, GUANGZHOU);
    final SubsidySchedule shenzhen = () -> cultivationSchedule(SZ_CULTIVATION, SHENZHEN);
    final SubsidySchedule rent = EngineFixture::rentSchedule;
    volatile boolean holdBatches;

    EngineFixture(TestDatabase database) {
        this(database, 500);
    }

    EngineFixture(TestDatabase database, int chunkSize) {
        clock.setDay(TODAY);
        pool = database.freshPool();
        SubsidySchema.migrate(pool);
        transactions = new ThreadBoundTransactions(pool);
        audit = new RecordingAuditTrail(transactions);
        engine = new EngineContext(transactions, audit, new SubsidyEvents(transactions), clock);
        settings = new EngineSettings(Map.of(), Map.of(CULTIVATION, PAYER, RENT, PAYER), "广州市工业和信息化局", chunkSize);
        Executor worker = task -> {
            if (holdBatches) {
                heldBack.add(task);
            } else {
                task.run();
            }
        };
        applications = new ApplicationsService(engine, schedules, registry);
        approvals = new ApprovalsService(engine, settings);
        budgets = new BudgetsService(engine, schedules);
        awards = new AwardsService(engine);
        payouts = new PayoutsService(engine, registry);
        batches = new DisbursementBatchesService(engine, settings, registry, bank, bank, worker);
        recoveries = new RecoveriesService(engine);
        payeeAccounts = new PayeeAccountBook(engine, registry);
        schedules.addSchedule(cultivation);
        schedules.addSchedule(shenzhen);
        schedules.addSchedule(rent);
    }

    /** The engine's context over other transactions (with the same audit trail, events and clock). */
    EngineContext engineOver(org.cultivar.store.api.Transactions other) {
        return new EngineContext(other, audit, new SubsidyEvents(other), clock);
    }

    /** The batches service as a restarted process builds it over the same database, filling on the calling thread. */
    DisbursementBatchesService restartedBatches() {
        return new DisbursementBatchesService(engine, settings, registry, bank, bank, Runnable::run);
    }

    static Actor actor(String id, RegionCode scope, Role... roles) {
        return new Actor(id, id, Set.of(roles), scope);
    }

    /** CNY 500,000 for a Specialized SME, 2,000,000 for a Little Giant; once per enterprise. */
    static ScheduleDefinition cultivationSchedule(String id, RegionCode region) {
        return ScheduleDefinition.builder(id, region).name("培育奖励", "Cultivation award").legalBasis("穗工信规字〔2024〕1号", "Rules 2024/1")
                .purposes("cultivation").conditions(TitleHeld.atLeast(Tier.SPECIALIZED_SME))
                .amount(new FixedAmountByTier(Map.of(Tier.SPECIALIZED_SME, yuan("500000"), Tier.LITTLE_GIANT, yuan("2000000"))))
                .documents(new RequiredDocument("licence", BilingualText.of("营业执照", "Business licence"), true))
                .limits(Limits.oncePerEnterprise())
                .configuration(new ScheduleConfiguration(new java.util.TreeMap<>(Map.of("specialized", "500000", "littleGiant", "2000000"))))
                .build();
    }

    /** Claimed rent up to CNY 2,000,000, in two yearly tranches, applications from January to June 2026. */
    static ScheduleDefinition rentSchedule() {
        return ScheduleDefinition.builder(RENT, GUANGZHOU).name("租金补贴", "Rent subsidy").legalBasis("穗工信规字〔2024〕2号", "Rules 2024/2")
                .purposes("rent").window(new ApplicationWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
                .form(MoneyField.required("rent", BilingualText.of("租金", "Rent"), yuan("2000000")))
                .conditions(TitleHeld.atLeast(Tier.SPECIALIZED_SME)).amount(new ClaimedAmount("rent"))
                .instalments(InstalmentTerms.yearly(2, false))
                .build();
    }

    /** Claimed talent support, at most CNY 300,000 per enterprise and fiscal year, paid at once; no once-only limit. */
    static ScheduleDefinition talentSchedule() {
        return ScheduleDefinition.builder(TALENT, GUANGZHOU).name("人才支持", "Talent support").legalBasis("穗工信规字〔2024〕3号", "Rules 2024/3")
                .purposes("talent").form(MoneyField.required("claimed", BilingualText.of("申请金额", "Claimed"), yuan("300000")))
                .conditions(TitleHeld.atLeast(Tier.SPECIALIZED_SME)).amount(new ClaimedAmount("claimed"))
                .limits(Limits.unlimited().withYearlyCap(yuan("300000")))
                .build();
    }

    static Money yuan(String amount) {
        return Money.ofYuan(new BigDecimal(amount));
    }

    /** A credit code with a correct check character, registered in the division, numbered n. */
    static CreditCode code(int n, String division) {
        String first17 = "91" + division + String.format("%09d", n);
        for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (CreditCode.isValid(first17 + check)) {
                return CreditCode.parse(first17 + check);
            }
        }
        throw new AssertionError();
    }

    /** A Guangzhou enterprise holding a Specialized SME title since 2025-01-10, with a verified payee account. */
    CreditCode specializedFirm(int n) {
        CreditCode code = specializedFirmWithoutAccount(n);
        payeeAccounts.verify(GZ_CLERK, code, new BankAccount("62220200" + String.format("%08d", n), "广州企业" + n, "中国银行广州分行", "104581000011"));
        return code;
    }

    /** {@link #specializedFirm} before a clerk has verified any payee account of it. */
    CreditCode specializedFirmWithoutAccount(int n) {
        CreditCode code = code(n, "440100");
        registry.enterprise(new Enterprise(code, "广州企业" + n, null, GUANGZHOU, Sector.ROBOTICS_AND_CNC, null, false));
        registry.grant(n, code, Tier.SPECIALIZED_SME, LocalDate.of(2025, 1, 10));
        return code;
    }

    Title titleOf(CreditCode code) {
        return registry.titles(code).get(0);
    }

    void appropriate(String scheduleId, int year, String amount) {
        budgets.appropriate(GZ_OFFICIAL, scheduleId, year, yuan(amount), "2026年度预算");
    }

    Application recorded(CreditCode enterprise) {
        return recorded(enterprise, TODAY);
    }

    /** A cultivation application of the enterprise dated {@code day}, so its award falls in that day's fiscal year. */
    Application recorded(CreditCode enterprise, LocalDate day) {
        return applications.record(GZ_CLERK, CULTIVATION, ApplicationInput.withoutFields(enterprise, day), Set.of("licence"));
    }

    /** Recorded and reviewed: awaiting the official's approval. */
    Application reviewed(CreditCode enterprise) {
        return reviewed(enterprise, TODAY);
    }

    Application reviewed(CreditCode enterprise, LocalDate day) {
        Application recorded = recorded(enterprise, day);
        return approvals.decide(GZ_REVIEWER, recorded.id(), recorded.version(), ApprovalDecision.Verdict.APPROVE, "材料齐全");
    }

    Application approved(CreditCode enterprise) {
        Application reviewed = reviewed(enterprise);
        return approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), ApprovalDecision.Verdict.APPROVE, "同意");
    }

    /** A statement run straight on the database, to put a row as an earlier version left it. */
    void execute(String sql) {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String table) {
        return TestDatabase.count(pool, "SELECT COUNT(*) FROM " + table);
    }

    /** Row counts of every engine table: what a refused call must leave as it was. */
    Map<String, Long> tables() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("subsidy_application", "subsidy_assessment", "subsidy_decision", "subsidy_award", "subsidy_payout", "subsidy_posting",
                "subsidy_ledger_line", "subsidy_batch", "subsidy_batch_item", "subsidy_confirmation", "subsidy_recovery",
                "subsidy_repayment")) {
            counts.put(table, count(table));
        }
        return counts;
    }

    /** The ledger's invariants, checked after every test: postings balance, no budget below zero, the budget row's available amount is the ledger's. */
    void assertLedgerBalances() {
        transactions.required(c -> {
            if (!Ledger.unbalancedPostings(c).isEmpty() || Ledger.totalImbalance(c).signum() != 0) {
                throw new AssertionError("The ledger does not balance: postings " + Ledger.unbalancedPostings(c));
            }
            for (String[] budget : Jdbc.list(c, "SELECT schedule_id, fiscal_year FROM subsidy_budget",
                    row -> new String[] {row.getString(1), row.getString(2)})) {
                var position = Ledger.position(c, budget[0], Integer.parseInt(budget[1]));
                if (position.available().isNegative()) {
                    throw new AssertionError("Budget over-committed: " + position);
                }
                var carried = Ledger.lockAvailable(c, budget[0], Integer.parseInt(budget[1])).orElseThrow();
                if (!carried.equals(position.available())) {
                    throw new AssertionError("The budget row carries " + carried + " available, the ledger lines say " + position);
                }
            }
            return null;
        });
    }

    @Override
    public void close() {
        pool.close();
    }
}
