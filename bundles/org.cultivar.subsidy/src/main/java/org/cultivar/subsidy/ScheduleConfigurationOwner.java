package org.cultivar.subsidy;

import org.cultivar.core.api.platform.ConfigurationOwner;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Claims the schedules' configurations for the engine (ADR 0006): their parameters change only by
 * dated changes with a reason, which the engine stores, audits and applies; a direct edit beside
 * them would go unrecorded and be overwritten by the next sweep. Claimed are the pids of the running
 * schedules and every pid a dated change was ever recorded for, so a stopped schedule's stays claimed.
 */
@Component(service = ConfigurationOwner.class)
public class ScheduleConfigurationOwner implements ConfigurationOwner {

    private final Transactions transactions;
    private final ConfiguredSchedules schedules;

    @Activate
    public ScheduleConfigurationOwner(@Reference Transactions transactions, @Reference ConfiguredSchedules schedules,
                                      @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.subsidy)") Schema schema) {
        this.transactions = transactions;
        this.schedules = schedules;
    }

    @Override
    public boolean owns(String pid) {
        return schedules.configuresAny(pid) || transactions.required(c -> Jdbc.count(c,
                "SELECT COUNT(*) FROM subsidy_schedule_change WHERE pid = ?", pid) > 0);
    }

    @Override
    public String whereToChange() {
        return "a schedule's parameters change only by a dated change with a reason, under Subsidies → Schedules";
    }
}
