package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.CriterionResult.Outcome;
import org.cultivar.registry.api.RuleSet;
import org.cultivar.registry.api.ScienceAward;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.YearlyFigures;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Innovative SME, 工信部企业〔2022〕63号 Annex 1 (criteria.md §1.3), still in use under the 2026
 * measures (Article 30) until a merged standard for the base tier is published. Route A (direct)
 * where the figures show it: an S&amp;T award, or new equity financing ≥ CNY 5 M (the figures hold
 * two years of financing, the rule counts three, so a shortfall is not conclusive). Otherwise
 * route B: ≥ 60 points with per-dimension minimums.
 *
 * <p>Not judged from figures: the High-tech Enterprise and similar honours and a provincial+
 * R&amp;D institution (route A), named whenever route B falls short.
 */
@Component(service = RuleSetDefinition.class, configurationPid = InnovativeSme2022.PID)
@Designate(ocd = InnovativeSme2022.Config.class)
public final class InnovativeSme2022 implements RuleSetDefinition {

    static final String PID = "org.cultivar.registry.criteria.innovative-sme-2022";

    static final RuleSet RULE_SET = new RuleSet("innovative-sme-2022", Tier.INNOVATIVE_SME,
            "工信部企业〔2022〕63号 附件1 (Annex 1); kept by 工信部企业〔2026〕2号 第三十条 (Article 30)",
            LocalDate.of(2022, 8, 1), null);

    private static final Text ROUTE_A_NOT_HELD = new Text("a route A condition applies: High-tech Enterprise or similar honour, "
            + "provincial+ R&D institution, or equity financing ≥ CNY 5 M counted over 3 years",
            "符合路径A条件：获高新技术企业等称号、设有省级以上研发机构，或近3年股权融资合计 ≥ 500万元");

    @ObjectClassDefinition(id = PID, name = "Criteria: Innovative SME 2022",
            description = "Thresholds of 工信部企业〔2022〕63号 Annex 1. Amounts in yuan.")
    public @interface Config {
        @AttributeDefinition(name = "Route A: minimum new equity financing (yuan)")
        String directEquityMin() default "5000000";

        @AttributeDefinition(name = "Route B: minimum total points (of 100)", min = "0", max = "100")
        int totalPointsMin() default 60;

        @AttributeDefinition(name = "Route B: minimum innovation points (of 40)", min = "0", max = "40")
        int innovationPointsMin() default 20;

        @AttributeDefinition(name = "Route B: minimum growth points (of 30)", min = "0", max = "30")
        int growthPointsMin() default 15;

        @AttributeDefinition(name = "Route B: minimum specialisation points (of 30)", min = "0", max = "30")
        int specialisationPointsMin() default 15;
    }

    record Thresholds(Money directEquity, int total, int innovation, int growth, int specialisation) {

        static Thresholds read(Config config) {
            ThresholdReader reader = new ThresholdReader();
            Thresholds thresholds = new Thresholds(reader.money("directEquityMin", config.directEquityMin()),
                    points(reader, "totalPointsMin", config.totalPointsMin(), 100),
                    points(reader, "innovationPointsMin", config.innovationPointsMin(), InnovativeSmeScoreCard.INNOVATION_OUT_OF),
                    points(reader, "growthPointsMin", config.growthPointsMin(), InnovativeSmeScoreCard.GROWTH_OUT_OF),
                    points(reader, "specialisationPointsMin", config.specialisationPointsMin(),
                            InnovativeSmeScoreCard.SPECIALISATION_OUT_OF));
            reader.verify();
            return thresholds;
        }

        private static int points(ThresholdReader reader, String key, int value, int outOf) {
            if (value > outOf) {
                reader.problem(key + " cannot exceed " + outOf + " points, got " + value);
            }
            return reader.count(key, value);
        }
    }

    private final ConfiguredThresholds<Thresholds> thresholds =
            new ConfiguredThresholds<>(PID, Thresholds.read(AnnotationDefaults.of(Config.class)));

    @Activate
    @Modified
    void configure(Config config) {
        thresholds.update(() -> Thresholds.read(config));
    }

    @Override
    public RuleSet ruleSet() {
        return RULE_SET;
    }

    @Override
    public List<CriterionResult> evaluate(Applicant applicant) {
        Thresholds t = thresholds.current();
        FigureHistory figures = applicant.figures();
        Score innovation = InnovativeSmeScoreCard.innovation(figures);
        Score growth = InnovativeSmeScoreCard.growth(figures);
        Score specialisation = InnovativeSmeScoreCard.specialisation(figures);
        List<CriterionResult> routeB = List.of(
                innovation.judge(Criterion.INNOVATION_POINTS, t.innovation(), InnovativeSmeScoreCard.INNOVATION_OUT_OF),
                growth.judge(Criterion.GROWTH_POINTS, t.growth(), InnovativeSmeScoreCard.GROWTH_OUT_OF),
                specialisation.judge(Criterion.SPECIALISATION_POINTS, t.specialisation(),
                        InnovativeSmeScoreCard.SPECIALISATION_OUT_OF),
                new Score().addAll(innovation).addAll(growth).addAll(specialisation)
                        .judge(Criterion.TOTAL_POINTS, t.total(), 100));
        List<CriterionResult> results = new ArrayList<>();
        results.add(FinanceCriteria.smeSize(figures));
        Text direct = directQualification(applicant, t);
        if (direct == null) {
            routeB.forEach(result -> results.add(Outcomes.unlessNotHeld(result, ROUTE_A_NOT_HELD)));
        } else {
            results.add(Criterion.DIRECT_QUALIFICATION.result(direct, new Text("S&T award (last 3 years), or new equity financing ",
                    "近3年获科技奖励，或新增股权融资 ").then(Display.limitText("≥", t.directEquity())), Outcome.PASS, null));
            routeB.forEach(result -> results.add(Outcomes.exempt(result, new Text("qualifies directly (route A)", "直通（路径A）符合，免于考核"))));
        }
        return results;
    }

    /** The route A condition the figures show, or {@code null}. */
    private static Text directQualification(Applicant applicant, Thresholds t) {
        if (applicant.scienceAward() != ScienceAward.NONE) {
            return new Text(applicant.scienceAward().name().toLowerCase(Locale.ROOT) + " S&T award",
                    (applicant.scienceAward() == ScienceAward.NATIONAL ? "国家级" : "省级") + "科技奖励");
        }
        Measure<Money> equity = applicant.figures().latest("new equity financing", YearlyFigures::newEquityFinancing);
        if (equity.held() && equity.value().compareTo(t.directEquity()) >= 0) {
            return new Text("new equity financing ", "新增股权融资").then(Display.moneyText(equity.value()));
        }
        return null;
    }
}
