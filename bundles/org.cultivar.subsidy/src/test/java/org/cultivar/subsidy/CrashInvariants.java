package org.cultivar.subsidy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.Payout;

/**
 * What must hold in the database (and at the bank) whatever instant the worker was killed at,
 * read after the fact from the stored rows alone. Each broken rule is reported as a line naming
 * the payout or figure, so a failure says what was half-done or paid twice.
 */
final class CrashInvariants {

    private static final int REPORTED = 25;

    /** A payout as stored, with its batch item if it has one. */
    private record Row(long id, Payout.Status status, Long batchId, BigDecimal amount, String awardStatus, String itemState,
                       BigDecimal itemAmount, String itemAccount) {
    }

    private record Batch(long id, DisbursementBatch.Status status, String messageId) {
    }

    private final Connection c;
    private final FileBank bank;
    private final CrashPopulation population;
    private final List<String> broken = new ArrayList<>();

    private CrashInvariants(Connection c, FileBank bank, CrashPopulation population) {
        this.c = c;
        this.bank = bank;
        this.population = population;
    }

    /** Every rule that does not hold; empty when the state is consistent. */
    static List<String> violations(DataSource pool, FileBank bank, CrashPopulation population) {
        try (Connection c = pool.getConnection()) {
            CrashInvariants check = new CrashInvariants(c, bank, population);
            check.run();
            List<String> broken = check.broken;
            return broken.size() <= REPORTED ? broken : List.copyOf(broken.subList(0, REPORTED));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The batch's status and how many payouts are in each status, for the test's log. */
    static String states(DataSource pool) {
        try (Connection c = pool.getConnection()) {
            String batch = Jdbc.one(c, "SELECT status FROM subsidy_batch", row -> row.getString(1)).orElse("none");
            Map<String, Long> payouts = new java.util.TreeMap<>();
            Jdbc.list(c, "SELECT status, COUNT(*) FROM subsidy_payout GROUP BY status", row -> payouts.put(row.getString(1), row.getLong(2)));
            return "batch " + batch + ", payouts " + payouts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void run() throws SQLException {
        List<Batch> batches = Jdbc.list(c, "SELECT id, status, message_id FROM subsidy_batch", row -> new Batch(row.getLong(1),
                DisbursementBatch.Status.valueOf(row.getString(2)), row.getString(3)));
        require(batches.size() <= 1, "one request key made " + batches.size() + " batches");
        Batch batch = batches.isEmpty() ? null : batches.get(0);
        List<Row> payouts = payouts();
        require(payouts.size() == population.size(), payouts.size() + " payouts instead of " + population.size());
        Map<Long, BigDecimal> disbursed = disbursedPerPayout();
        Map<String, Map<String, Long>> audit = auditCounts();
        for (Row payout : payouts) {
            checkPayout(payout, batch, disbursed, audit);
        }
        if (batch != null) {
            checkBatch(batch, payouts, audit);
        } else {
            require(count("subsidy_batch_item") == 0, "batch items without a batch");
            require(audit.getOrDefault("batch.created", Map.of()).isEmpty(), "a batch.created audit entry without a batch");
        }
        checkLedger(payouts);
        checkBank(batch, payouts);
    }

    private void checkPayout(Row payout, Batch batch, Map<Long, BigDecimal> disbursed, Map<String, Map<String, Long>> audit) {
        String name = "payout " + payout.id() + " (" + payout.status() + ")";
        boolean paid = payout.status() == Payout.Status.PAID;
        BigDecimal out = disbursed.getOrDefault(payout.id(), BigDecimal.ZERO);
        require(out.compareTo(paid ? payout.amount() : BigDecimal.ZERO) == 0, name + " has " + out + " disbursed for an amount of "
                + payout.amount());
        long paidEntries = audit.getOrDefault("payout.paid", Map.of()).getOrDefault(Long.toString(payout.id()), 0L);
        require(paidEntries == (paid ? 1 : 0), name + " has " + paidEntries + " payout.paid audit entries");
        require(payout.awardStatus().equals(paid ? "COMPLETED" : "ACTIVE"), name + " belongs to an award that is " + payout.awardStatus());
        switch (payout.status()) {
            case READY -> {
                require(payout.batchId() == null, name + " names batch " + payout.batchId());
                require(batch == null || "PENDING".equals(payout.itemState()), name + " has a batch item " + payout.itemState()
                        + " instead of PENDING");
            }
            case IN_BATCH, SENT, PAID -> {
                require(batch != null && payout.batchId() != null && payout.batchId() == batch.id(), name + " names batch "
                        + payout.batchId() + ", which does not exist");
                require("INCLUDED".equals(payout.itemState()), name + " has a batch item " + payout.itemState() + " instead of INCLUDED");
                require(payout.itemAmount() != null && payout.amount().compareTo(payout.itemAmount()) == 0 && payout.itemAccount() != null, name
                        + " is included with amount " + payout.itemAmount() + " and account " + payout.itemAccount());
                if (batch != null) {
                    DisbursementBatch.Status expected = switch (payout.status()) {
                        case SENT -> DisbursementBatch.Status.SENT;
                        case PAID -> DisbursementBatch.Status.CONFIRMED;
                        default -> null;
                    };
                    require(expected == null ? batch.status().compareTo(DisbursementBatch.Status.READY) <= 0 : batch.status() == expected,
                            name + " is in a batch that is " + batch.status());
                }
            }
            default -> broken.add(name + " is in a status no step of this run leads to");
        }
    }

    private void checkBatch(Batch batch, List<Row> payouts, Map<String, Map<String, Long>> audit) throws SQLException {
        require(count("subsidy_batch_item") == population.size(), "the batch carries " + count("subsidy_batch_item") + " items");
        long pending = payouts.stream().filter(row -> "PENDING".equals(row.itemState())).count();
        require(pending == 0 || batch.status() == DisbursementBatch.Status.PREPARING, "batch " + batch.status() + " with " + pending
                + " items pending");
        require(Jdbc.count(c, "SELECT COUNT(*) FROM subsidy_batch_item WHERE state = 'EXCLUDED'") == 0, "excluded items, though every firm is eligible");
        long included = Jdbc.count(c, "SELECT COUNT(*) FROM subsidy_batch_item WHERE state = 'INCLUDED'");
        long counted = Jdbc.count(c, "SELECT included FROM subsidy_batch WHERE id = " + batch.id());
        require(counted == included, "the batch row counts " + counted + " included items, its items say " + included);
        DisbursementBatch.Status status = batch.status();
        expectAudit(audit, "batch.created", 1);
        expectAudit(audit, "batch.ready", status.compareTo(DisbursementBatch.Status.READY) >= 0 ? 1 : 0);
        expectAudit(audit, "batch.sent", status.compareTo(DisbursementBatch.Status.SENT) >= 0 ? 1 : 0);
        expectAudit(audit, "batch.confirmation-applied", status == DisbursementBatch.Status.CONFIRMED ? 1 : 0);
        long confirmations = count("subsidy_confirmation");
        require(confirmations == (status == DisbursementBatch.Status.CONFIRMED ? 1 : 0), confirmations + " confirmations applied to a "
                + status + " batch");
    }

    private void expectAudit(Map<String, Map<String, Long>> audit, String action, long expected) {
        long entries = audit.getOrDefault(action, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        require(entries == expected, entries + " " + action + " audit entries instead of " + expected);
    }

    /** Every posting balances; each account's balance is exactly what the payouts' states say. */
    private void checkLedger(List<Row> payouts) throws SQLException {
        require(Ledger.unbalancedPostings(c).isEmpty(), "unbalanced postings " + Ledger.unbalancedPostings(c));
        require(Ledger.totalImbalance(c).signum() == 0, "the ledger is out by " + Ledger.totalImbalance(c));
        Map<Account, BigDecimal> expected = new EnumMap<>(Account.class);
        expected.put(Account.APPROPRIATION, population.total().negate());
        // the budget is exactly the sum of the claims, all of them committed at approval
        expected.put(Account.AVAILABLE, BigDecimal.ZERO);
        expected.put(Account.COMMITTED, sum(payouts, EnumSet.of(Payout.Status.READY, Payout.Status.IN_BATCH, Payout.Status.SENT)));
        expected.put(Account.DISBURSED, sum(payouts, EnumSet.of(Payout.Status.PAID)));
        expected.put(Account.RECOVERED, BigDecimal.ZERO);
        Map<Account, BigDecimal> balances = new EnumMap<>(Account.class);
        Jdbc.list(c, "SELECT account, SUM(debit) - SUM(credit) FROM subsidy_ledger_line WHERE schedule_id = ? AND fiscal_year = ?"
                + " GROUP BY account", row -> balances.put(Account.valueOf(row.getString(1)), row.getBigDecimal(2)),
                CrashPopulation.SCHEDULE, CrashPopulation.FISCAL_YEAR);
        expected.forEach((account, balance) -> require(balances.getOrDefault(account, BigDecimal.ZERO).compareTo(balance) == 0,
                "the " + account + " account holds " + balances.get(account) + " where the payouts say " + balance));
    }

    /**
     * The bank never pays a payout twice and pays only what a batch carries. Its journal is synced
     * before the worker goes on, while H2 writes committed transactions to disk up to half a second
     * later (WRITE_DELAY), so a kill may leave the bank ahead of the database: a paid payout may be
     * found back IN_BATCH or PENDING in its batch, to be sent again under the same message id.
     */
    private void checkBank(Batch batch, List<Row> payouts) {
        require(bank.refusedFiles().isEmpty(), "the bank was sent different files under one message id: " + bank.refusedFiles());
        Map<Long, Row> byId = new HashMap<>();
        payouts.forEach(row -> byId.put(row.id(), row));
        Map<String, Integer> transfers = new HashMap<>();
        for (FileBank.Payment payment : bank.payments()) {
            transfers.merge(payment.endToEndId(), 1, Integer::sum);
            require(batch != null && payment.messageId().equals(batch.messageId()), "the bank paid " + payment.endToEndId()
                    + " under message id " + payment.messageId() + ", which names no batch");
            Row payout = PaymentReferences.payoutId(payment.endToEndId()).map(byId::get).orElse(null);
            require(payout != null && payout.itemState() != null && payment.amount().compareTo(payout.amount()) == 0, "the bank paid "
                    + payment.endToEndId() + " CNY " + payment.amount() + ", which is no payout of the batch at that amount");
        }
        transfers.forEach((endToEndId, times) -> require(times == 1, "the bank paid " + endToEndId + " " + times + " times"));
        for (Row payout : payouts) {
            require(payout.status() != Payout.Status.PAID || transfers.containsKey(PaymentReferences.endToEndId(payout.id())),
                    "payout " + payout.id() + " is PAID but the bank never paid it");
        }
    }

    private List<Row> payouts() throws SQLException {
        return Jdbc.list(c, "SELECT p.id, p.status, p.batch_id, p.amount, w.status, i.state, i.amount, i.account_number"
                + " FROM subsidy_payout p JOIN subsidy_award w ON w.id = p.award_id"
                + " LEFT JOIN subsidy_batch_item i ON i.payout_id = p.id ORDER BY p.id", row -> new Row(row.getLong(1),
                Payout.Status.valueOf(row.getString(2)), Jdbc.longOrNull(row, "batch_id"), row.getBigDecimal(4), row.getString(5),
                row.getString(6), row.getBigDecimal(7), row.getString(8)));
    }

    /** Net money moved to DISBURSED per payout, from the postings that name it. */
    private Map<Long, BigDecimal> disbursedPerPayout() throws SQLException {
        Map<Long, BigDecimal> disbursed = new HashMap<>();
        Jdbc.list(c, "SELECT p.reference, l.debit - l.credit FROM subsidy_posting p JOIN subsidy_ledger_line l ON l.posting_id = p.id"
                + " WHERE l.account = 'DISBURSED'", row -> {
                    String reference = row.getString(1);
                    require(reference.startsWith("payout:"), "money disbursed under " + reference);
                    disbursed.merge(Long.parseLong(reference.substring("payout:".length())), row.getBigDecimal(2), BigDecimal::add);
                    return null;
                });
        return disbursed;
    }

    /** Entries per action and entity. */
    private Map<String, Map<String, Long>> auditCounts() throws SQLException {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Jdbc.list(c, "SELECT action, entity_id, COUNT(*) FROM " + TableAuditTrail.TABLE + " WHERE action LIKE 'batch.%' OR action LIKE 'payout.%'"
                + " GROUP BY action, entity_id", row -> counts.computeIfAbsent(row.getString(1), action -> new HashMap<>())
                .put(row.getString(2), row.getLong(3)));
        Set<String> expected = Set.of("batch.created", "batch.ready", "batch.sent", "batch.confirmation-applied", "payout.paid");
        counts.keySet().stream().filter(action -> !expected.contains(action))
                .forEach(action -> broken.add("unexpected audit entries " + action + " " + counts.get(action)));
        return counts;
    }

    private static BigDecimal sum(List<Row> payouts, Set<Payout.Status> statuses) {
        return payouts.stream().filter(row -> statuses.contains(row.status())).map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private long count(String table) throws SQLException {
        return Jdbc.count(c, "SELECT COUNT(*) FROM " + table);
    }

    private void require(boolean holds, String otherwise) {
        if (!holds) {
            broken.add(otherwise);
        }
    }
}
