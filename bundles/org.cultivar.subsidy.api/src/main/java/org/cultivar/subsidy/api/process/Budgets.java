package org.cultivar.subsidy.api.process;

import java.util.List;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;

/**
 * Budgets per schedule and fiscal year, kept in a double-entry ledger. Each tranche is charged to
 * its own fiscal year's budget; no approval commits more than is available, also when approvals race.
 */
public interface Budgets {

    BudgetPosition position(Actor actor, String scheduleId, int fiscalYear);

    /** The year's budgets of every schedule the actor may see (execution at a glance). */
    List<BudgetPosition> positions(Actor actor, int fiscalYear);

    /**
     * Sets the year's appropriation (officials of the schedule's region), with the reason audited.
     *
     * @throws ConflictException if it would fall below what is already committed and disbursed
     */
    BudgetPosition appropriate(Actor actor, String scheduleId, int fiscalYear, Money appropriation, String reason);
}
