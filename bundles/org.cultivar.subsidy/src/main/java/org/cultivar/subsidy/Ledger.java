package org.cultivar.subsidy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.BudgetPosition;

/**
 * The double-entry ledger every budget figure is derived from. A posting moves an amount from
 * one account of a schedule's fiscal year to another: one debit line, one credit line of the
 * same amount, written together, so every posting balances by construction and
 * {@link #unbalancedPostings} proves it from the stored lines. The AVAILABLE balance is also
 * carried on the budget row, so that an approval's budget check reads one row.
 */
final class Ledger {

    enum Kind {
        APPROPRIATION, COMMITMENT, RELEASE, DISBURSEMENT, RETURN_AFTER_PAYMENT, REPAYMENT
    }

    private Ledger() {
    }

    /** A schedule's budget for one fiscal year, ordered as budget rows are locked: by schedule, then year. */
    record Budget(String scheduleId, int fiscalYear) implements Comparable<Budget> {

        private static final java.util.Comparator<Budget> ORDER = java.util.Comparator.comparing(Budget::scheduleId)
                .thenComparingInt(Budget::fiscalYear);

        @Override
        public int compareTo(Budget other) {
            return ORDER.compare(this, other);
        }
    }

    /** One amount to post: what it is for, and the schedule's fiscal year whose accounts it moves between. */
    record Entry(String reference, String scheduleId, int fiscalYear, Money amount) {
    }

    static void post(Connection c, Actor actor, Instant at, Kind kind, String reference, String scheduleId, int fiscalYear,
                     Account debit, Account credit, Money amount) throws SQLException {
        postAll(c, actor, at, kind, debit, credit, List.of(new Entry(reference, scheduleId, fiscalYear, amount)));
    }

    /**
     * {@link #post} for many entries of one kind, written as JDBC batches; the AVAILABLE balance
     * of each budget row the entries touch is changed once, by their sum.
     */
    static void postAll(Connection c, Actor actor, Instant at, Kind kind, Account debit, Account credit, List<Entry> entries)
            throws SQLException {
        for (Entry entry : entries) {
            if (entry.amount().isNegative() || entry.amount().isZero()) {
                throw new IllegalArgumentException("A posting moves a positive amount, not " + entry.amount());
            }
        }
        List<Long> postings = Jdbc.insertAll(c, "INSERT INTO subsidy_posting (kind, reference, actor_id, posted_at) VALUES (?, ?, ?, ?)",
                entries.stream().map(entry -> new Object[] {kind, entry.reference(), actor.userId(), at}).toList());
        List<Object[]> lines = new ArrayList<>();
        Map<Budget, BigDecimal> availableChanges = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            lines.add(new Object[] {postings.get(i), entry.scheduleId(), entry.fiscalYear(), debit, entry.amount(), Money.ZERO});
            lines.add(new Object[] {postings.get(i), entry.scheduleId(), entry.fiscalYear(), credit, Money.ZERO, entry.amount()});
            if (debit == Account.AVAILABLE || credit == Account.AVAILABLE) {
                BigDecimal change = debit == Account.AVAILABLE ? entry.amount().yuan() : entry.amount().yuan().negate();
                availableChanges.merge(new Budget(entry.scheduleId(), entry.fiscalYear()), change, BigDecimal::add);
            }
        }
        Jdbc.batch(c, "INSERT INTO subsidy_ledger_line (posting_id, schedule_id, fiscal_year, account, debit, credit)"
                + " VALUES (?, ?, ?, ?, ?, ?)", lines);
        for (Map.Entry<Budget, BigDecimal> change : availableChanges.entrySet()) {
            String scheduleId = change.getKey().scheduleId();
            int fiscalYear = change.getKey().fiscalYear();
            if (Jdbc.update(c, "UPDATE subsidy_budget SET available = available + ? WHERE schedule_id = ? AND fiscal_year = ?",
                    change.getValue(), scheduleId, fiscalYear) != 1) {
                throw new IllegalStateException("No budget of " + scheduleId + " in " + fiscalYear + " to post " + kind + " against");
            }
        }
    }

    /**
     * The AVAILABLE balance as carried on the budget row (see {@link #post}), the row locked until
     * the transaction ends; empty if no budget was appropriated. It equals
     * {@code position(c, scheduleId, fiscalYear).available()} without reading the year's lines.
     */
    static java.util.Optional<Money> lockAvailable(Connection c, String scheduleId, int fiscalYear) throws SQLException {
        return Jdbc.one(c, "SELECT available FROM subsidy_budget WHERE schedule_id = ? AND fiscal_year = ? FOR UPDATE",
                row -> Jdbc.money(row, "available"), scheduleId, fiscalYear);
    }

    static BudgetPosition position(Connection c, String scheduleId, int fiscalYear) throws SQLException {
        Map<Account, Money> balances = new EnumMap<>(Account.class);
        for (Account account : Account.values()) {
            balances.put(account, Money.ZERO);
        }
        Jdbc.list(c, "SELECT account, SUM(debit) - SUM(credit) AS balance FROM subsidy_ledger_line"
                + " WHERE schedule_id = ? AND fiscal_year = ? GROUP BY account", row -> {
                    balances.put(Account.valueOf(row.getString("account")), Jdbc.money(row, "balance"));
                    return null;
                }, scheduleId, fiscalYear);
        return new BudgetPosition(scheduleId, fiscalYear, negated(balances.get(Account.APPROPRIATION)),
                balances.get(Account.COMMITTED), balances.get(Account.DISBURSED), negated(balances.get(Account.RECOVERED)));
    }

    /** Ids of postings whose debits and credits differ; empty when the ledger balances. */
    static List<Long> unbalancedPostings(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT posting_id FROM subsidy_ledger_line GROUP BY posting_id"
                + " HAVING SUM(debit) <> SUM(credit) OR COUNT(*) < 2", row -> row.getLong(1));
    }

    /** Debits minus credits over the whole ledger: zero when it balances. */
    static BigDecimal totalImbalance(Connection c) throws SQLException {
        return Jdbc.one(c, "SELECT COALESCE(SUM(debit) - SUM(credit), 0) FROM subsidy_ledger_line",
                row -> row.getBigDecimal(1)).orElse(BigDecimal.ZERO);
    }

    private static Money negated(Money balance) {
        return Money.ZERO.minus(balance);
    }
}
