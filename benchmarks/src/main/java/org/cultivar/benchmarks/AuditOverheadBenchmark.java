package org.cultivar.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.cultivar.audit.ChainedAuditTrail;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.cultivar.store.migration.HistoryTables;
import org.cultivar.store.migration.Migration;
import org.cultivar.store.migration.MigrationRunner;
import org.cultivar.store.tx.ThreadBoundTransactions;

/**
 * The audit chain's cost for concurrent clerks. The payout engine does not exist yet, so an
 * "approval" here is its database shape: move one application row from PENDING to APPROVED
 * (optimistic, so a double approval changes nothing) and add one ledger row, in one
 * transaction — with and without the hash-chained audit entry in the same transaction. Then the
 * shape of a bank confirmation applied: many entries appended in one transaction.
 */
final class AuditOverheadBenchmark {

    private static final int APPROVALS = 3000;
    private static final int CLERKS = 4;
    private static final int ROUNDS = 3;
    private static final int ENTRIES_IN_ONE_TRANSACTION = 20_000;
    private static final Actor CLERK = new Actor("bench-clerk", "Benchmark clerk", Set.of(Role.CLERK), RegionCode.of("440100"));

    void run() throws Exception {
        System.out.printf("machine: %s; load average at start: %s%n", Machine.describe(), Machine.loadAverage());
        System.out.printf("approval = UPDATE application + INSERT ledger in one transaction; %d approvals, %d threads, median of %d rounds%n",
                APPROVALS, CLERKS, ROUNDS);
        try (HikariDataSource h2 = pool("jdbc:h2:file:" + Files.createTempDirectory("cultivar-bench-h2") + "/db"
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000", "sa", "")) {
            measure("H2 (file)", h2);
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
             HikariDataSource pg = pool(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
            measure("PostgreSQL (embedded)", pg);
        }
    }

    private void measure(String database, DataSource dataSource) throws Exception {
        new MigrationRunner(dataSource, getClass().getClassLoader())
                .migrate(HistoryTables.forOwner("org.cultivar.audit"), List.of(auditMigration()));
        Transactions transactions = new ThreadBoundTransactions(dataSource);
        AuditTrail audit = new ChainedAuditTrail(transactions, ownerSchema());
        createTables(dataSource);
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            without.add(approvalsPerSecond(dataSource, transactions, null));
            with.add(approvalsPerSecond(dataSource, transactions, audit));
        }
        double bare = median(without);
        double audited = median(with);
        System.out.printf("%s: without audit %.0f approvals/s %s; with audit %.0f approvals/s %s; ratio %.2f (load %s)%n",
                database, bare, rounded(without), audited, rounded(with), audited / bare, Machine.loadAverage());
        List<Double> seconds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            seconds.add(secondsForOneTransaction(transactions, audit));
        }
        System.out.printf("%s: %,d audit entries in one transaction %.2f s %s (load %s)%n", database,
                ENTRIES_IN_ONE_TRANSACTION, median(seconds),
                seconds.stream().map(v -> String.format("%.2f", v)).toList(), Machine.loadAverage());
    }

    /** Appends entries one by one, as applying a bank confirmation does, all in one transaction. */
    private static double secondsForOneTransaction(Transactions transactions, AuditTrail audit) {
        long start = System.nanoTime();
        transactions.required(c -> {
            for (int id = 1; id <= ENTRIES_IN_ONE_TRANSACTION; id++) {
                audit.record(AuditEvent.of(CLERK, "payout.paid", "payout", String.valueOf(id))
                        .withRegion("440100").withChange("SENT", "PAID 500000.00"));
            }
            return null;
        });
        return (System.nanoTime() - start) / 1e9;
    }

    private static double approvalsPerSecond(DataSource dataSource, Transactions transactions, AuditTrail audit) throws Exception {
        seed(dataSource);
        AtomicInteger next = new AtomicInteger();
        ExecutorService clerks = Executors.newFixedThreadPool(CLERKS);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLERKS; c++) {
            work.add(clerks.submit(() -> {
                for (int id = next.incrementAndGet(); id <= APPROVALS; id = next.incrementAndGet()) {
                    approve(transactions, audit, id);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clerks.shutdown();
        return APPROVALS / seconds;
    }

    private static void approve(Transactions transactions, AuditTrail audit, int id) {
        transactions.required(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE bench_application SET status = 'APPROVED', approved_by = ? WHERE id = ? AND status = 'PENDING'");
                 PreparedStatement ledger = c.prepareStatement("INSERT INTO bench_ledger (application_id, amount) VALUES (?, ?)")) {
                update.setString(1, CLERK.userId());
                update.setInt(2, id);
                if (update.executeUpdate() == 1) {
                    ledger.setInt(1, id);
                    ledger.setBigDecimal(2, new BigDecimal("500000.00"));
                    ledger.executeUpdate();
                    if (audit != null) {
                        audit.record(AuditEvent.of(CLERK, "application.approved", "application", String.valueOf(id))
                                .withRegion("440100").withChange("PENDING", "APPROVED 500000.00"));
                    }
                }
            }
            return null;
        });
    }

    private static void createTables(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_application (id INTEGER PRIMARY KEY, status VARCHAR(20) NOT NULL, approved_by VARCHAR(64))");
            s.execute("CREATE TABLE IF NOT EXISTS bench_ledger (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                    + "application_id INTEGER NOT NULL, amount NUMERIC(19,2) NOT NULL)");
        }
    }

    private static void seed(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM bench_ledger");
            s.execute("DELETE FROM bench_application");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_application (id, status) VALUES (?, 'PENDING')")) {
                for (int id = 1; id <= APPROVALS; id++) {
                    insert.setInt(1, id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    private static Migration auditMigration() throws IOException {
        try (InputStream in = ChainedAuditTrail.class.getResourceAsStream("/db/migration/V1__audit.sql")) {
            return new Migration("V1__audit.sql", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Schema ownerSchema() {
        return new Schema() {
            public String owner() { return "org.cultivar.audit"; }
            public String version() { return "1"; }
            public String historyTable() { return HistoryTables.forOwner("org.cultivar.audit"); }
        };
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(CLERKS + 2);
        return new HikariDataSource(config);
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.valueOf(Math.round(v))).toList().toString();
    }
}
