package org.cultivar.registry;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CultivationTargets;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Configured targets ({@code targets = 440100:SPECIALIZED_SME=1000, …}; an invalid entry stops
 * the component from activating, with the reason) against the titles of that tier in force today
 * in the region and everything it covers.
 */
@Component(service = CultivationTargets.class, configurationPid = RegistryConfiguration.PID)
public class CultivationTargetsService implements CultivationTargets {

    private final Transactions transactions;
    private final Clock clock;
    private volatile List<RegistrySettings.Target> targets;

    @Activate
    public CultivationTargetsService(@Reference Transactions transactions,
                                     @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.registry)") Schema schema,
                                     RegistryConfiguration configuration) {
        this(transactions, Clock.systemUTC(), RegistrySettings.from(configuration));
    }

    CultivationTargetsService(Transactions transactions, Clock clock, RegistrySettings settings) {
        this.transactions = transactions;
        this.clock = clock;
        this.targets = settings.targets();
    }

    /**
     * A changed configuration is taken in place: restarting the component instead would stop an
     * import or a decision under way, and every component that depends on it.
     */
    @Modified
    void modified(RegistryConfiguration configuration) {
        targets = RegistrySettings.from(configuration).targets();
    }

    @Override
    public List<Progress> progress(Actor actor, RegionCode scope) {
        Authority.requireReader(actor);
        RegionCode within = scope == null ? actor.scope() : scope;
        Authority.requireScope(actor, within);
        LocalDate today = BusinessDay.today(clock);
        return transactions.required(c -> {
            List<Progress> progress = new ArrayList<>();
            for (RegistrySettings.Target target : targets) {
                if (!within.covers(target.region())) {
                    continue;
                }
                Set<String> regions = RegionCatalogue.standard().within(target.region()).stream()
                        .map(region -> region.code().code()).collect(Collectors.toSet());
                regions.add(target.region().code());
                try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM registry_title t "
                        + "JOIN registry_enterprise e ON e.id = t.enterprise_id WHERE t.tier = ? AND t.status IN "
                        + TitleTable.IN_FORCE + " AND t.grant_date <= ? AND t.valid_until >= ? "
                        + "AND (t.ended_on IS NULL OR t.ended_on > ?)"
                        + (target.region().isNational() ? "" : " AND e.region_code IN (" + Jdbc.placeholders(regions.size()) + ")"))) {
                    count.setString(1, target.tier().name());
                    count.setDate(2, Date.valueOf(today));
                    count.setDate(3, Date.valueOf(today));
                    count.setDate(4, Date.valueOf(today));
                    if (!target.region().isNational()) {
                        Jdbc.setAll(count, 5, regions);
                    }
                    try (ResultSet row = count.executeQuery()) {
                        row.next();
                        progress.add(new Progress(target.region(), target.tier(), target.count(), row.getLong(1)));
                    }
                }
            }
            return progress;
        });
    }
}
