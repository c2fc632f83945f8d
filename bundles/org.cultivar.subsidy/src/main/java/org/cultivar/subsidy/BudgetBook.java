package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.MoneyText;
import org.cultivar.subsidy.api.process.ConflictException;

/**
 * Commitments against a schedule's budget for a fiscal year. The budget row is locked
 * ({@code SELECT ... FOR UPDATE}) before its available amount is read, so racing approvals are judged
 * one after the other on committed figures and the budget is never exceeded.
 */
final class BudgetBook {

    private BudgetBook() {
    }

    /** Locks the year's budget and commits the amount, or refuses if it has not enough left. */
    static void commit(Connection c, Actor actor, Instant at, String reference, String scheduleId, int fiscalYear, Money amount)
            throws SQLException {
        Money available = Ledger.lockAvailable(c, scheduleId, fiscalYear).orElseThrow(() -> new ConflictException(
                "No budget was appropriated for " + scheduleId + " in " + fiscalYear
                        + "; an official must appropriate it before this can be approved."));
        if (available.compareTo(amount) < 0) {
            throw new ConflictException("The " + fiscalYear + " budget of " + scheduleId + " has " + MoneyText.en(available)
                    + " left, less than the " + MoneyText.en(amount) + " this approval needs.");
        }
        Ledger.post(c, actor, at, Ledger.Kind.COMMITMENT, reference, scheduleId, fiscalYear, Account.COMMITTED, Account.AVAILABLE, amount);
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
