package org.cultivar.registry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CriteriaException;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.registry.api.RegistryOversight;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Every criteria exception and red flag of enterprises in the actor's region, for auditors and officials. */
@Component(service = RegistryOversight.class)
public class RegistryOversightService implements RegistryOversight {

    private final Transactions transactions;

    @Activate
    public RegistryOversightService(@Reference Transactions transactions,
                                    @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.registry)") Schema schema) {
        this.transactions = transactions;
    }

    @Override
    public List<CriteriaException> exceptions(Actor actor, int offset, int limit) {
        Authority.requireOverseer(actor);
        EnterpriseDirectoryService.checkPage(offset, limit);
        return transactions.required(c -> {
            List<Object> parameters = new ArrayList<>(regions(actor));
            String where = parameters.isEmpty() ? "" : "WHERE e.region_code IN (" + Jdbc.placeholders(parameters.size()) + ") ";
            parameters.add(limit);
            parameters.add(offset);
            return ExceptionTable.list(c, where + "ORDER BY x.recorded_at DESC, x.id DESC LIMIT ? OFFSET ?",
                    parameters.toArray());
        });
    }

    @Override
    public List<Flagged> redFlags(Actor actor, RedFlag.Kind kind, int offset, int limit) {
        Authority.requireOverseer(actor);
        EnterpriseDirectoryService.checkPage(offset, limit);
        return transactions.required(c -> {
            List<Object> parameters = new ArrayList<>();
            List<String> conditions = new ArrayList<>();
            conditions.add(kind == null ? "e.red_flags <> 0"
                    : "EXISTS (SELECT 1 FROM registry_red_flag f WHERE f.enterprise_id = e.id AND f.kind = ?)");
            if (kind != null) {
                parameters.add(kind.name());
            }
            List<String> regions = regions(actor);
            if (!regions.isEmpty()) {
                conditions.add("e.region_code IN (" + Jdbc.placeholders(regions.size()) + ")");
                parameters.addAll(regions);
            }
            parameters.add(limit);
            parameters.add(offset);
            Map<Long, Enterprise> page = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + EnterpriseTable.COLUMNS
                    + " FROM registry_enterprise e WHERE " + String.join(" AND ", conditions)
                    + " ORDER BY e.name_zh, e.credit_code LIMIT ? OFFSET ?")) {
                Jdbc.setAll(select, 1, parameters);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        EnterpriseTable.Stored stored = EnterpriseTable.read(rows);
                        page.put(stored.id(), stored.enterprise());
                    }
                }
            }
            Map<Long, List<RedFlag>> flags = RedFlagTable.ofEnterprises(c, List.copyOf(page.keySet()));
            return page.entrySet().stream()
                    .map(entry -> new Flagged(entry.getValue(), flags.getOrDefault(entry.getKey(), List.of()))).toList();
        });
    }

    /** The region codes the actor's scope covers; empty for national scope (no filter). */
    private static List<String> regions(Actor actor) {
        if (actor.scope().isNational()) {
            return List.of();
        }
        Set<String> covered = RegionCatalogue.standard().within(actor.scope()).stream()
                .map(region -> region.code().code()).collect(Collectors.toSet());
        covered.add(actor.scope().code());
        return List.copyOf(covered);
    }
}
