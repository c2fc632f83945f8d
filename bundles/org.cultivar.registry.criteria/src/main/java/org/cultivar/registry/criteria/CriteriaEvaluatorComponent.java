package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriteriaEvaluation.Purpose;
import org.cultivar.registry.api.CriteriaEvaluator;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.RuleSet;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.YearlyFigures;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The criteria evaluator: the rule-set components of this bundle, the choice among them by day
 * and purpose, and the red flags. It waits for all {@value #RULE_SETS} rule sets (the reference's
 * minimum cardinality), so no caller ever sees a partial list.
 */
@Component(service = CriteriaEvaluator.class, configurationPid = EvaluatorConfiguration.PID,
        property = "ruleSets.cardinality.minimum:Integer=" + CriteriaEvaluatorComponent.RULE_SETS)
@Designate(ocd = EvaluatorConfiguration.class)
public final class CriteriaEvaluatorComponent implements CriteriaEvaluator {

    /** The rule-set components in this bundle. */
    static final int RULE_SETS = 6;

    private record Settings(RuleSetCalendar calendar, RedFlags.Thresholds redFlags) {
    }

    private final Map<String, RuleSetDefinition> definitions = new LinkedHashMap<>();
    private final ConfiguredThresholds<Settings> settings;

    @Activate
    public CriteriaEvaluatorComponent(
            @Reference(name = "ruleSets", cardinality = ReferenceCardinality.AT_LEAST_ONE) List<RuleSetDefinition> ruleSets,
            EvaluatorConfiguration configuration) {
        ruleSets.stream().sorted(Comparator.comparing((RuleSetDefinition rules) -> rules.ruleSet().tier())
                        .thenComparing(rules -> rules.ruleSet().appliesFrom()))
                .forEach(rules -> definitions.put(rules.ruleSet().id(), rules));
        settings = new ConfiguredThresholds<>(EvaluatorConfiguration.PID,
                read(AnnotationDefaults.of(EvaluatorConfiguration.class)));
        modified(configuration);
    }

    @Modified
    void modified(EvaluatorConfiguration configuration) {
        settings.update(() -> read(configuration));
    }

    @Override
    public List<RuleSet> ruleSets() {
        return definitions.values().stream().map(RuleSetDefinition::ruleSet).toList();
    }

    @Override
    public Optional<RuleSet> ruleSet(String id) {
        return Optional.ofNullable(definitions.get(id)).map(RuleSetDefinition::ruleSet);
    }

    @Override
    public RuleSet inForce(Tier tier, LocalDate day, Purpose purpose) {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(purpose, "purpose");
        return settings.current().calendar().inForce(tier, day, purpose);
    }

    @Override
    public CriteriaEvaluation evaluate(String ruleSetId, Enterprise enterprise, List<YearlyFigures> figures,
                                      Purpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        RuleSetDefinition definition = definitions.get(ruleSetId);
        if (definition == null) {
            throw new IllegalArgumentException("Unknown rule set " + ruleSetId + "; known: " + definitions.keySet());
        }
        FigureHistory history = new FigureHistory(figures);
        return new CriteriaEvaluation(ruleSetId, definition.ruleSet().tier(), history.latestYear(), purpose,
                definition.evaluate(new Applicant(enterprise, history, purpose)));
    }

    @Override
    public List<RedFlag> redFlags(Enterprise enterprise, List<YearlyFigures> figures) {
        return RedFlags.of(enterprise, new FigureHistory(figures), settings.current().redFlags());
    }

    private Settings read(EvaluatorConfiguration configuration) {
        ThresholdReader reader = new ThresholdReader();
        Map<Tier, RuleSet> reevaluation = new EnumMap<>(Tier.class);
        for (String id : configuration.reevaluationRuleSets()) {
            RuleSetDefinition definition = definitions.get(id.strip());
            if (definition == null) {
                reader.problem("reevaluationRuleSets names an unknown rule set \"" + id + "\"; known: " + definitions.keySet());
            } else if (reevaluation.putIfAbsent(definition.ruleSet().tier(), definition.ruleSet()) != null) {
                reader.problem("reevaluationRuleSets names two rule sets for " + definition.ruleSet().tier());
            }
        }
        LocalDate until = reader.date("reevaluationRuleSetUntil", configuration.reevaluationRuleSetUntil());
        BigDecimal weakGrowth = reader.percent("weakGrowthBelowPercent", configuration.weakGrowthBelowPercent());
        BigDecimal highLeverage = reader.share("highLeverageAbovePercent", configuration.highLeverageAbovePercent());
        reader.verify();
        return new Settings(new RuleSetCalendar(ruleSets(), reevaluation, until),
                new RedFlags.Thresholds(weakGrowth, highLeverage));
    }
}
