package org.cultivar.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cultivar.audit.ChainedAuditTrail;
import org.cultivar.core.api.audit.VerificationResult;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.schedule.guangzhou.cultivation.CultivationSchedule;
import org.cultivar.schedule.testing.ConfigurationValues;
import org.cultivar.store.api.Schema;
import org.cultivar.store.migration.HistoryTables;
import org.cultivar.store.migration.Migration;
import org.cultivar.store.migration.MigrationRunner;
import org.cultivar.store.pool.DatabaseSettings;
import org.cultivar.store.tx.ThreadBoundTransactions;
import org.cultivar.subsidy.ApplicationsService;
import org.cultivar.subsidy.BenchmarkEngine;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.process.BudgetPosition;
import org.cultivar.subsidy.api.process.BulkDecision;
import org.cultivar.subsidy.api.process.ConfirmationPreview;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.PaymentFile;
import org.cultivar.subsidy.payments.ConfirmationFiles;
import org.cultivar.subsidy.payments.PaymentFiles;

/**
 * The payout engine at a year's volume, through its real services on H2 and PostgreSQL with the
 * real hash-chained audit trail and the real Guangzhou cultivation schedule (feature defaults:
 * CNY 500,000 for a Specialized SME): N applications recorded (assessed and computed, stored
 * with their explanation), then each reviewed by a second clerk and approved by an official
 * (award, payout, budget commitment in the ledger), one disbursement batch of the N payouts,
 * its pain.001 payment file, and the bank's confirmation (CSV) that all were paid. Afterwards the
 * ledger, the budget and the totals are checked to the fen, so a phase that did nothing fails
 * the run instead of looking fast.
 */
final class PayoutBenchmark {

    private static final RegionCode GUANGZHOU = RegionCode.of("440100");
    private static final Actor CLERK = actor("bench.clerk", Role.CLERK);
    private static final Actor REVIEWER = actor("bench.reviewer", Role.CLERK);
    private static final Actor OFFICIAL = actor("bench.official", Role.OFFICIAL);
    private static final Actor AUDITOR = actor("bench.auditor", Role.AUDITOR);
    private static final BankAccount PAYER = new BankAccount("6222000011112222", "广州市工业和信息化局", "中国工商银行广州分行",
            "102581000013");
    private static final Money AWARD = Money.parse("500000");
    private static final Pattern END_TO_END_ID = Pattern.compile("<EndToEndId>([^<]+)</EndToEndId>");
    private static final Pattern MESSAGE_ID = Pattern.compile("<MsgId>([^<]+)</MsgId>");

    private final int applications;
    private final int threads;
    private final int slice;

    PayoutBenchmark(int applications, int threads, int slice) {
        this.applications = applications;
        this.threads = threads;
        this.slice = slice;
    }

    void run() throws Exception {
        System.out.printf("machine: %s; load average at start: %s%n", Machine.describe(), loadAverage());
        System.out.printf("%,d applications, %d threads for recording and approving (clerks and officials at work),"
                + " %s%n", applications, threads, slice > 0 ? String.format("%,d applications per approval call", slice)
                : "one application per approval call");
        String databases = System.getProperty("databases", "h2,postgresql");
        if (databases.contains("h2")) {
            Path directory = WorkDirectory.create("cultivar-bench-payouts");
            // -Dh2options=";SETTING=value": H2 settings to try against the product's own (a later setting wins)
            String options = System.getProperty("h2options", "");
            try (HikariDataSource h2 = pool(DatabaseSettings.h2FileUrl(directory.resolve("db")) + options, "sa", "")) {
                measure("H2 (file)", h2);
            } finally {
                WorkDirectory.discard(directory);
            }
        }
        if (databases.contains("postgresql")) {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
                 // -Dpgoptions="&name=value": pgJDBC connection options to try
                 HikariDataSource pg = pool(postgres.getJdbcUrl("postgres", "postgres") + System.getProperty("pgoptions", ""),
                         "postgres", "postgres")) {
                measure("PostgreSQL (embedded)", pg);
            }
        }
    }

    private void measure(String database, HikariDataSource pool) throws Exception {
        migrate(pool, "org.cultivar.audit", ChainedAuditTrail.class);
        migrate(pool, "org.cultivar.subsidy", ApplicationsService.class);
        ThreadBoundTransactions transactions = new ThreadBoundTransactions(pool);
        ChainedAuditTrail audit = new ChainedAuditTrail(transactions, schema("org.cultivar.audit"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        IndexedRegistry registry = new IndexedRegistry();
        List<CreditCode> enterprises = seedRegistry(registry, today);
        seedPayeeAccounts(pool, enterprises);
        SubsidySchedule schedule = cultivationSchedule();
        String scheduleId = schedule.definition().id();
        ExecutorService batchWorker = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "cultivar-disbursement"));
        BenchmarkEngine engine = new BenchmarkEngine(transactions, audit, registry, schedule, PAYER, new PaymentFiles(),
                new ConfirmationFiles(), batchWorker);
        int year = today.getYear();
        Money budget = Money.ofYuan(AWARD.yuan().multiply(BigDecimal.valueOf(applications)));
        engine.budgets.appropriate(OFFICIAL, scheduleId, year, budget, "基准测试预算 benchmark budget");
        Map<String, Double> phases = new LinkedHashMap<>() {
            @Override
            public Double put(String phase, Double seconds) {
                System.out.printf("%s: %-50s %7.1f s (load %s)%n", database, phase, seconds, loadAverage());
                return super.put(phase, seconds);
            }
        };
        String load = loadAverage();

        // 1. evaluate and compute: the assessment (title check, amount with its calculation steps) stored with each application
        long[] applicationIds = new long[applications];
        long started = System.nanoTime();
        parallel(i -> applicationIds[i] = engine.applications.record(CLERK, scheduleId,
                ApplicationInput.withoutFields(enterprises.get(i), today), Set.of("titleNotice", "creditPledge")).id());
        double recording = seconds(started);
        System.out.printf("%s: recorded and assessed %,d applications in %.1f s: %,.0f applications/s%n", database, applications,
                recording, applications / recording);

        // 2. maker-checker: a second clerk reviews, an official approves (award, payout, budget commitment, audit), each
        //    deciding a slice of the worklist per call (decideAll), as an approver selecting many rows in the UI would;
        //    -Dslice=0 decides one application per call (decide), for comparison
        long[] versions = new long[applications];
        started = System.nanoTime();
        if (slice > 0) {
            parallelSlices((from, to) -> {
                BulkDecision reviewed = engine.approvals.decideAll(REVIEWER, selection(applicationIds, null, from, to),
                        ApprovalDecision.Verdict.APPROVE, "材料齐全");
                decided(reviewed, applicationIds, from, to, Application.Status.AWAITING_DECISION)
                        .forEach((index, version) -> versions[index] = version);
            });
        } else {
            parallel(i -> versions[i] = engine.approvals.decide(REVIEWER, applicationIds[i], 1, ApprovalDecision.Verdict.APPROVE,
                    "材料齐全").version());
        }
        String calls = slice > 0 ? "decideAll of " + slice : "decide each";
        phases.put("review (2nd clerk, " + calls + ")", seconds(started));
        started = System.nanoTime();
        if (slice > 0) {
            parallelSlices((from, to) -> decided(engine.approvals.decideAll(OFFICIAL, selection(applicationIds, versions, from, to),
                    ApprovalDecision.Verdict.APPROVE, "同意"), applicationIds, from, to, Application.Status.APPROVED));
        } else {
            parallel(i -> {
                Application approved = engine.approvals.decide(OFFICIAL, applicationIds[i], versions[i], ApprovalDecision.Verdict.APPROVE,
                        "同意");
                check(approved.status() == Application.Status.APPROVED, "application " + approved.id() + " is " + approved.status());
            });
        }
        phases.put("approval (official: award, payout, commitment; " + calls + ")", seconds(started));

        // 3. one batch of every payout, filled in chunks on the engine's worker
        List<Long> payoutIds = readyPayouts(pool, scheduleId);
        check(payoutIds.size() == applications, "ready payouts: " + payoutIds.size());
        started = System.nanoTime();
        DisbursementBatch batch = engine.batches.create(CLERK, scheduleId, payoutIds, "benchmark-" + System.nanoTime());
        phases.put("batch creation (items)", seconds(started));
        started = System.nanoTime();
        while (batch.status() == DisbursementBatch.Status.PREPARING) {
            Thread.sleep(500); // each look counts the batch's items: not too often
            batch = engine.batches.batch(CLERK, batch.id()).orElseThrow();
        }
        phases.put("batch filling (eligibility re-check, accounts)", seconds(started));
        check(batch.status() == DisbursementBatch.Status.READY && batch.payouts() == applications, "batch " + batch);

        // 4. the payment file (pain.001), which marks the batch and its payouts sent
        started = System.nanoTime();
        PaymentFile file = engine.batches.paymentFile(CLERK, batch.id(), PaymentFile.Format.PAIN_001);
        phases.put("payment file (pain.001)", seconds(started));

        // 5. the bank's confirmation that every transfer was paid, previewed and applied (ledger: committed → disbursed)
        byte[] confirmation = bankConfirmation(file.content());
        started = System.nanoTime();
        ConfirmationPreview preview = engine.batches.previewConfirmation(CLERK, "confirmation.csv", new ByteArrayInputStream(confirmation));
        phases.put("confirmation preview", seconds(started));
        check(preview.problems().isEmpty() && preview.lines().size() == applications, "confirmation preview " + preview.problems());
        started = System.nanoTime();
        engine.batches.applyConfirmation(CLERK, preview.previewId());
        phases.put("confirmation applied (paid)", seconds(started));
        batchWorker.shutdown();

        double total = phases.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("%s: approve and disburse %,d payouts: total %.1f s (load average at start of phases %s, at end %s)%n",
                database, applications, total, load, loadAverage());

        verify(database, pool, engine, audit, scheduleId, year, budget, batch.id(), file);
    }

    /** The figures must add up to the fen, or the run measured something other than the work. */
    private void verify(String database, DataSource pool, BenchmarkEngine engine, ChainedAuditTrail audit, String scheduleId,
                        int year, Money budget, long batchId, PaymentFile file) throws SQLException {
        Money expected = Money.ofYuan(AWARD.yuan().multiply(BigDecimal.valueOf(applications)));
        check(engine.unbalancedPostings().isEmpty(), "unbalanced postings " + engine.unbalancedPostings());
        check(engine.totalImbalance().signum() == 0, "ledger imbalance " + engine.totalImbalance());
        BudgetPosition position = engine.position(scheduleId, year);
        check(position.appropriation().equals(budget), "appropriation " + position);
        check(position.committed().isZero(), "still committed " + position);
        check(position.disbursed().equals(expected), "disbursed " + position);
        check(position.available().isZero(), "available " + position);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            check(one(s, "SELECT COUNT(*) FROM subsidy_payout WHERE status = 'PAID'") == applications, "paid payouts");
            check(decimal(s, "SELECT SUM(amount) FROM subsidy_payout WHERE status = 'PAID'").compareTo(expected.yuan()) == 0, "paid total");
            check(one(s, "SELECT COUNT(*) FROM subsidy_award WHERE status = 'COMPLETED'") == applications, "completed awards");
            check(one(s, "SELECT COUNT(*) FROM subsidy_posting WHERE kind = 'COMMITMENT'") == applications, "commitments");
            check(one(s, "SELECT COUNT(*) FROM subsidy_posting WHERE kind = 'DISBURSEMENT'") == applications, "disbursements");
            check(one(s, "SELECT COUNT(*) FROM subsidy_batch WHERE id = " + batchId + " AND status = 'CONFIRMED'") == 1, "batch confirmed");
            check(decimal(s, "SELECT SUM(amount) FROM subsidy_batch_item WHERE state = 'INCLUDED' AND batch_id = " + batchId)
                    .compareTo(expected.yuan()) == 0, "batch total");
            long entries = one(s, "SELECT COUNT(*) FROM audit_entry");
            long started = System.nanoTime();
            VerificationResult chain = audit.verify(AUDITOR);
            check(chain.intact(), "audit chain " + chain);
            System.out.printf("%s: checked — ledger balances (%,d postings), budget %s = disbursed %s, committed 0, available 0; "
                            + "%,d payouts paid, sum %s; payment file %,d KiB; %,d audit entries, chain verified in %.1f s%n",
                    database, one(s, "SELECT COUNT(*) FROM subsidy_posting"), position.appropriation(), position.disbursed(),
                    applications, expected, file.content().length / 1024, entries, seconds(started));
        }
    }

    /** The bank's answer: every end-to-end id of the file, paid, as the bank's CSV confirmation. */
    private byte[] bankConfirmation(byte[] paymentFile) {
        String xml = new String(paymentFile, StandardCharsets.UTF_8);
        Matcher message = MESSAGE_ID.matcher(xml);
        check(message.find(), "pain.001 without MsgId");
        StringBuilder csv = new StringBuilder("original_message_id,end_to_end_id,status,reason_code,reason\n");
        Matcher ids = END_TO_END_ID.matcher(xml);
        int transfers = 0;
        while (ids.find()) {
            csv.append(message.group(1)).append(',').append(ids.group(1)).append(",PAID,,\n");
            transfers++;
        }
        check(transfers == applications, "pain.001 carries " + transfers + " transfers");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** N Guangzhou enterprises, each holding a Specialized SME title granted a year ago (in force for three years). */
    private List<CreditCode> seedRegistry(IndexedRegistry registry, LocalDate today) {
        List<CreditCode> codes = new ArrayList<>(applications);
        LocalDate granted = today.minusYears(1);
        for (int n = 1; n <= applications; n++) {
            CreditCode code = code(n);
            registry.add(new Enterprise(code, "广州基准企业" + n + "有限公司", null, GUANGZHOU, Sector.ROBOTICS_AND_CNC, null, false),
                    new Title(n, code, Tier.SPECIALIZED_SME, Tier.SPECIALIZED_SME.defaultLevel(), "广东省工业和信息化厅", "benchmark",
                            granted, granted.plusYears(3).minusDays(1), TitleStatus.ACTIVE, null, null));
            codes.add(code);
        }
        return codes;
    }

    /**
     * Verified payee accounts written straight into the engine's table (set-up, not measured):
     * verifying them one by one through PayeeAccountBook is a clerk's work over months.
     */
    private static void seedPayeeAccounts(DataSource pool, List<CreditCode> enterprises) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO subsidy_payee_account (credit_code, account_number,"
                    + " account_name, bank_name, cnaps_code, verified_by, verified_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int n = 1; n <= enterprises.size(); n++) {
                    insert.setString(1, enterprises.get(n - 1).value());
                    insert.setString(2, "62220200" + String.format("%08d", n));
                    insert.setString(3, "广州基准企业" + n + "有限公司");
                    insert.setString(4, "中国银行广州分行");
                    insert.setString(5, "104581000011");
                    insert.setString(6, CLERK.userId());
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                    if (n % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    /** The real schedule component, activated with its feature's default configuration as Declarative Services would. */
    private static SubsidySchedule cultivationSchedule() throws ReflectiveOperationException {
        ConfigurationValues values = ConfigurationValues.ofFeatureDefaults("org.cultivar.schedule.guangzhou.cultivation");
        Class<?> configurationType = Class.forName("org.cultivar.schedule.guangzhou.cultivation.CultivationConfiguration");
        CultivationSchedule schedule = new CultivationSchedule();
        Method configure = CultivationSchedule.class.getDeclaredMethod("configure", configurationType, Map.class);
        configure.setAccessible(true);
        configure.invoke(schedule, values.as(configurationType), values.properties());
        return schedule;
    }

    private static List<Long> readyPayouts(DataSource pool, String scheduleId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = pool.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT id FROM subsidy_payout WHERE schedule_id = ? AND status = 'READY' ORDER BY id")) {
            select.setString(1, scheduleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Runs the step for 0..N-1 on the benchmark's threads, each taking every threads-th item. */
    /** Applications {@code from} (inclusive) to {@code to} as seen: version 1 as recorded, else the version given. */
    private static List<BulkDecision.Selected> selection(long[] applicationIds, long[] versions, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new BulkDecision.Selected(applicationIds[i], versions == null ? 1 : versions[i]))
                .toList();
    }

    /** The new version of each application of the slice, by index; every one must have been decided into {@code status}. */
    private static Map<Integer, Long> decided(BulkDecision result, long[] applicationIds, int from, int to, Application.Status status) {
        check(result.refused().isEmpty(), "refused: " + result.refused().stream().limit(3).toList());
        check(result.decided().size() == to - from, "decided " + result.decided().size() + " of " + (to - from));
        Map<Integer, Long> versions = new LinkedHashMap<>();
        for (int k = 0; k < result.decided().size(); k++) {
            BulkDecision.Decided decided = result.decided().get(k);
            check(decided.applicationId() == applicationIds[from + k] && decided.status() == status, "decided " + decided);
            versions.put(from + k, decided.version());
        }
        return versions;
    }

    /** The applications in slices of {@link #slice}, the threads taking every n-th slice. */
    private void parallelSlices(SliceConsumer step) throws Exception {
        int slices = (applications + slice - 1) / slice;
        parallelOver(slices, n -> step.accept(n * slice, Math.min(applications, (n + 1) * slice)));
    }

    @FunctionalInterface
    private interface SliceConsumer {
        void accept(int from, int to);
    }

    private void parallel(IntConsumer step) throws Exception {
        parallelOver(applications, step);
    }

    private void parallelOver(int count, IntConsumer step) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                running.add(workers.submit(() -> {
                    for (int i = first; i < count; i += threads) {
                        step.accept(i);
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            workers.shutdown();
        }
    }

    /** The migrations of the owning bundle's jar (or classes folder), applied with the store's runner as the store does at start. */
    private static void migrate(DataSource pool, String owner, Class<?> ofBundle) throws Exception {
        URI location = ofBundle.getProtectionDomain().getCodeSource().getLocation().toURI();
        List<Migration> migrations = new ArrayList<>();
        Path root = Path.of(location);
        try (FileSystem jar = Files.isDirectory(root) ? null : FileSystems.newFileSystem(root)) {
            Path folder = jar == null ? root.resolve("db/migration") : jar.getPath("/db/migration");
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("V.*__.*\\.sql")).sorted().toList()) {
                    migrations.add(new Migration(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        new MigrationRunner(pool, PayoutBenchmark.class.getClassLoader()).migrate(HistoryTables.forOwner(owner), migrations);
    }

    private static Schema schema(String owner) {
        return new Schema() {
            public String owner() { return owner; }
            public String version() { return "1"; }
            public String historyTable() { return HistoryTables.forOwner(owner); }
        };
    }

    private HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(threads + 3);
        return new HikariDataSource(config);
    }

    /** A credit code with a correct check character, registered in Guangzhou, numbered n. */
    private static CreditCode code(int n) {
        String first17 = "91440100" + String.format("%09d", n);
        for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (CreditCode.isValid(first17 + check)) {
                return CreditCode.parse(first17 + check);
            }
        }
        throw new IllegalStateException("no check character for " + first17);
    }

    private static Actor actor(String id, Role role) {
        return new Actor(id, id, Set.of(role), GUANGZHOU);
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static BigDecimal decimal(Statement s, String sql) throws SQLException {
        try (ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getBigDecimal(1);
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Benchmark check failed: " + what);
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
