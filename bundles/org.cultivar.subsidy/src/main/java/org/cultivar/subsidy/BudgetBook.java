package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.MoneyText;
import org.cultivar.subsidy.api.process.ConflictException;

/**
 * Commitments against a schedule's budget for a fiscal year. The budget row is locked
 * ({@code SELECT ... FOR UPDATE}) before its available amount is read, so racing approvals are judged
 * one after the other on committed figures and the budget is never exceeded — also by the
 * approvals of one transaction, each judged against what the ones before it left ({@link Reservations}).
 */
final class BudgetBook {

    private BudgetBook() {
    }

    /**
     * Locks the budgets a set of approvals draws on, in (schedule, year) order so that two
     * approvals never wait on each other in a circle, and reads what each has left.
     */
    static Reservations lock(Connection c, Collection<Ledger.Budget> budgets) throws SQLException {
        Map<Ledger.Budget, Optional<Money>> available = new TreeMap<>();
        for (Ledger.Budget budget : new TreeSet<>(budgets)) {
            available.put(budget, Ledger.lockAvailable(c, budget.scheduleId(), budget.fiscalYear()));
        }
        return new Reservations(available);
    }

    /**
     * What the locked budgets have left while approvals are judged one after the other in one
     * transaction: each approval is measured against what the ones before it left, exactly as if
     * each had committed on its own.
     */
    static final class Reservations {

        private final Map<Ledger.Budget, Optional<Money>> available;

        private Reservations(Map<Ledger.Budget, Optional<Money>> available) {
            this.available = available;
        }

        /**
         * Reserves an award's amounts by fiscal year, all or none: refused if a year has no budget or
         * not enough left, and then nothing is reserved.
         */
        void reserve(String scheduleId, Map<Integer, Money> byYear) {
            for (Map.Entry<Integer, Money> year : byYear.entrySet()) {
                Money left = left(new Ledger.Budget(scheduleId, year.getKey()));
                if (left.compareTo(year.getValue()) < 0) {
                    throw new ConflictException(BilingualText.of(scheduleId + " " + year.getKey() + " 年度预算仅余 " + MoneyText.zh(left)
                            + "，不足本次批准所需的 " + MoneyText.zh(year.getValue()) + "。",
                            "The " + year.getKey() + " budget of " + scheduleId + " has " + MoneyText.en(left)
                            + " left, less than the " + MoneyText.en(year.getValue()) + " this approval needs."));
                }
            }
            byYear.forEach((year, amount) -> available.computeIfPresent(new Ledger.Budget(scheduleId, year),
                    (budget, left) -> left.map(money -> money.minus(amount))));
        }

        private Money left(Ledger.Budget budget) {
            Optional<Money> left = available.get(budget);
            if (left == null) {
                throw new IllegalStateException("Budget " + budget + " was not locked before reserving from it");
            }
            return left.orElseThrow(() -> new ConflictException(BilingualText.of(budget.scheduleId() + " " + budget.fiscalYear()
                    + " 年度尚未安排预算，须由主管官员安排后才能批准。", "No budget was appropriated for " + budget.scheduleId() + " in "
                    + budget.fiscalYear() + "; an official must appropriate it before this can be approved.")));
        }
    }

    /** Commits the reserved amounts in the ledger: one posting per entry, AVAILABLE to COMMITTED. */
    static void commitAll(Connection c, Actor actor, Instant at, List<Ledger.Entry> commitments) throws SQLException {
        Ledger.postAll(c, actor, at, Ledger.Kind.COMMITMENT, Account.COMMITTED, Account.AVAILABLE, commitments);
    }

    static void release(Connection c, Actor actor, Instant at, String reference, String scheduleId, int fiscalYear, Money amount)
            throws SQLException {
        Ledger.post(c, actor, at, Ledger.Kind.RELEASE, reference, scheduleId, fiscalYear, Account.AVAILABLE, Account.COMMITTED, amount);
    }

    /** Whether the budget exists; if so, it stays locked until the transaction ends. */
    static boolean lock(Connection c, String scheduleId, int fiscalYear) throws SQLException {
        return Jdbc.one(c, "SELECT fiscal_year FROM subsidy_budget WHERE schedule_id = ? AND fiscal_year = ? FOR UPDATE",
                row -> row.getInt(1), scheduleId, fiscalYear).isPresent();
    }
}
