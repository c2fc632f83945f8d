package org.cultivar.subsidy;

import static org.cultivar.subsidy.EngineFixture.GZ_CLERK;
import static org.cultivar.subsidy.EngineFixture.GZ_OFFICIAL;
import static org.cultivar.subsidy.EngineFixture.TODAY;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.Title;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.PriorAwards;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.Payout;

/**
 * The database before the batch. The budget is appropriated through the service, exactly the
 * sum of the claims. Then, for every firm, what approving its claim leaves behind: the verified
 * payee account, the approved application with the assessment the schedule really makes, the
 * award, its READY payout and the commitment of its amount in the ledger. Those rows are written
 * in bulk because 10,000 approvals through the services take minutes (a test of their own:
 * ApprovalContract); the ledger and payout invariants checked after preparing prove the rows
 * are what the engine would have written. Ids are given explicitly, then each identity column
 * is moved past them so that the engine's own inserts carry on after.
 */
final class CrashPreparation {

    private static final int ROWS_PER_FLUSH = 1_000;
    private static final String PAYEE_ACCOUNT = "INSERT INTO subsidy_payee_account (id, credit_code, account_number, account_name,"
            + " bank_name, cnaps_code, verified_by, verified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String APPLICATION = "INSERT INTO subsidy_application (id, version, schedule_id, region_code, credit_code,"
            + " application_date, purposes, status, eligible, amount, configuration_hash, documents, round, current_step,"
            + " recorded_by, recorded_at) VALUES (?, 3, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, '', 0, 1, ?, ?)";
    private static final String ASSESSMENT = "INSERT INTO subsidy_assessment (application_id, assessment) VALUES (?, ?)";
    private static final String AWARD = "INSERT INTO subsidy_award (id, version, application_id, schedule_id, region_code, credit_code,"
            + " purposes, amount, fiscal_year, title_id, title_tier, parameters, configuration_hash, status, approved_on, approved_by)"
            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PAYOUT = "INSERT INTO subsidy_payout (id, version, award_id, schedule_id, region_code, credit_code,"
            + " tranche, amount, fiscal_year, conditional_on_review, status) VALUES (?, 1, ?, ?, ?, ?, 1, ?, ?, FALSE, ?)";
    private static final String POSTING = "INSERT INTO subsidy_posting (id, kind, reference, actor_id, posted_at) VALUES (?, ?, ?, ?, ?)";
    private static final String LEDGER_LINE = "INSERT INTO subsidy_ledger_line (posting_id, schedule_id, fiscal_year, account, debit, credit)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final List<String> TABLES = List.of("subsidy_payee_account", "subsidy_application", "subsidy_award", "subsidy_payout",
            "subsidy_posting");

    private CrashPreparation() {
    }

    static void approveEveryClaim(CrashEngine engine, CrashPopulation population) {
        engine.budgets.appropriate(GZ_OFFICIAL, CrashPopulation.SCHEDULE, CrashPopulation.FISCAL_YEAR, Money.ofYuan(population.total()),
                "崩溃测试预算");
        ScheduleDefinition schedule = CrashPopulation.schedule().definition();
        Instant approvedAt = TODAY.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        engine.transactions.required(c -> {
            long postingIds = Jdbc.count(c, "SELECT COALESCE(MAX(id), 0) FROM subsidy_posting");
            try (PreparedStatement account = c.prepareStatement(PAYEE_ACCOUNT);
                 PreparedStatement application = c.prepareStatement(APPLICATION);
                 PreparedStatement assessed = c.prepareStatement(ASSESSMENT);
                 PreparedStatement award = c.prepareStatement(AWARD);
                 PreparedStatement payout = c.prepareStatement(PAYOUT);
                 PreparedStatement posting = c.prepareStatement(POSTING);
                 PreparedStatement line = c.prepareStatement(LEDGER_LINE)) {
                List<PreparedStatement> inForeignKeyOrder = List.of(account, application, assessed, award, payout, posting, line);
                for (int n = 1; n <= population.size(); n++) {
                    Assessment assessment = schedule.assess(population.application(n), engine.registry, PriorAwards.NONE);
                    if (!assessment.eligibility().eligible()) {
                        throw new IllegalStateException("Firm " + n + " is not eligible: " + assessment.eligibility());
                    }
                    Money amount = assessment.award().orElseThrow().amount();
                    String code = CrashPopulation.firm(n).value();
                    var payee = CrashPopulation.payeeAccount(n);
                    add(account, n, code, payee.accountNumber(), payee.accountName(), payee.bankName(), payee.cnapsCode(), GZ_CLERK.userId(),
                            approvedAt);
                    add(application, n, schedule.id(), schedule.region().code(), code, TODAY, "crash-test", Application.Status.APPROVED,
                            amount, assessment.configuration().digest(), GZ_CLERK.userId(), approvedAt);
                    add(assessed, n, AssessmentJson.write(assessment));
                    Title basis = assessment.facts().basisTitle().orElseThrow();
                    add(award, n, n, schedule.id(), schedule.region().code(), code, "crash-test", amount, CrashPopulation.FISCAL_YEAR,
                            basis.id(), basis.tier(), Json.write(assessment.configuration().parameters()),
                            assessment.configuration().digest(), Award.Status.ACTIVE, TODAY, GZ_OFFICIAL.userId());
                    add(payout, n, n, schedule.id(), schedule.region().code(), code, amount, CrashPopulation.FISCAL_YEAR, Payout.Status.READY);
                    long postingId = postingIds + n;
                    add(posting, postingId, Ledger.Kind.COMMITMENT, "award:" + n, GZ_OFFICIAL.userId(), approvedAt);
                    add(line, postingId, schedule.id(), CrashPopulation.FISCAL_YEAR, Account.COMMITTED, amount, Money.ZERO);
                    add(line, postingId, schedule.id(), CrashPopulation.FISCAL_YEAR, Account.AVAILABLE, Money.ZERO, amount);
                    if (n % ROWS_PER_FLUSH == 0 || n == population.size()) {
                        for (PreparedStatement statement : inForeignKeyOrder) {
                            statement.executeBatch();
                        }
                    }
                }
            }
            for (String table : TABLES) {
                restartIdentityAfterLargestId(c, table);
            }
            // the budget row carries AVAILABLE's balance, as Ledger.post keeps it (V4 migration)
            try (PreparedStatement available = c.prepareStatement("UPDATE subsidy_budget SET available = (SELECT "
                    + "COALESCE(SUM(l.debit) - SUM(l.credit), 0) FROM subsidy_ledger_line l WHERE l.schedule_id = subsidy_budget.schedule_id "
                    + "AND l.fiscal_year = subsidy_budget.fiscal_year AND l.account = 'AVAILABLE')")) {
                available.executeUpdate();
            }
            return null;
        });
    }

    private static void add(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Money money) {
                value = money.yuan();
            } else if (value instanceof LocalDate day) {
                value = Date.valueOf(day);
            } else if (value instanceof Instant instant) {
                value = Timestamp.from(instant);
            } else if (value instanceof Enum<?> name) {
                value = name.name();
            }
            statement.setObject(i + 1, value);
        }
        statement.addBatch();
    }

    private static void restartIdentityAfterLargestId(Connection c, String table) throws SQLException {
        long next = Jdbc.count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
        Jdbc.execute(c, "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
    }
}
