package org.cultivar.registry;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriteriaEvaluator;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.registry.api.ReevaluationWorklist;
import org.cultivar.registry.api.YearlyFigures;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Titles coming up for re-evaluation in a region, judged by the re-evaluation rule set against the latest figures. */
@Component(service = ReevaluationWorklist.class)
public class ReevaluationWorklistService implements ReevaluationWorklist {

    private final Transactions transactions;
    private final Evaluations evaluations;
    private final Clock clock;

    @Activate
    public ReevaluationWorklistService(@Reference Transactions transactions, @Reference CriteriaEvaluator evaluator,
                                       @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.registry)") Schema schema) {
        this(transactions, evaluator, Clock.systemUTC());
    }

    ReevaluationWorklistService(Transactions transactions, CriteriaEvaluator evaluator, Clock clock) {
        this.transactions = transactions;
        this.evaluations = new Evaluations(evaluator);
        this.clock = clock;
    }

    @Override
    public List<Item> items(Actor actor, int days, RegionCode region, int offset, int limit) {
        Authority.requireReader(actor);
        RegionCode scope = region == null ? actor.scope() : region;
        Authority.requireScope(actor, scope);
        if (days < 0 || days > 3650) {
            throw new InvalidInputException("days", "提前天数应在 0 至 3650 之间。", "Days ahead must be between 0 and 3650.");
        }
        EnterpriseDirectoryService.checkPage(offset, limit);
        LocalDate today = BusinessDay.today(clock);
        return transactions.required(c -> {
            List<Object> parameters = new ArrayList<>();
            StringBuilder where = new StringBuilder("WHERE t.status IN " + TitleTable.IN_FORCE
                    + " AND (t.status = 'DUE_FOR_REEVALUATION' OR t.valid_until <= ?)");
            parameters.add(Date.valueOf(today.plusDays(days)));
            if (!scope.isNational()) {
                Set<String> covered = RegionCatalogue.standard().within(scope).stream()
                        .map(known -> known.code().code()).collect(Collectors.toSet());
                covered.add(scope.code());
                where.append(" AND e.region_code IN (").append(Jdbc.placeholders(covered.size())).append(')');
                parameters.addAll(covered);
            }
            where.append(" ORDER BY t.valid_until, t.id LIMIT ? OFFSET ?");
            parameters.add(limit);
            parameters.add(offset);
            List<TitleTable.Stored> titles = TitleTable.list(c, where.toString(), parameters.toArray());
            List<Long> ids = titles.stream().map(TitleTable.Stored::enterpriseId).distinct().toList();
            Map<Long, List<YearlyFigures>> figures = FiguresTable.latestOfAll(c, ids);
            List<Item> items = new ArrayList<>();
            for (TitleTable.Stored stored : titles) {
                Enterprise enterprise = EnterpriseTable.find(c, stored.enterpriseId()).orElseThrow().enterprise();
                String ruleSet = evaluations.inForce(stored.title().tier(), today, CriteriaEvaluation.Purpose.REEVALUATION);
                items.add(new Item(stored.title(), enterprise, evaluations.evaluate(ruleSet, stored.title().tier(),
                        enterprise, figures.getOrDefault(stored.enterpriseId(), List.of()),
                        CriteriaEvaluation.Purpose.REEVALUATION)));
            }
            return items;
        });
    }
}
