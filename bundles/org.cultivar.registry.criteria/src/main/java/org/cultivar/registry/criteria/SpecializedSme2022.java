package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * Specialized SME, 工信部企业〔2022〕63号 Annex 2 (criteria.md §1.4): niche years, R&amp;D amount and
 * intensity, revenue (or equity financing), and the evaluation score ≥ 60 or a direct condition.
 * The award the figures record stands for "provincial top 3 / national top 5".
 *
 * <p>Not judged from figures: the Maker China top-500 direct condition (named when the score
 * falls short) and the indicators of the score the registry does not hold.
 */
@Component(service = RuleSetDefinition.class, configurationPid = SpecializedSme2022.PID)
@Designate(ocd = SpecializedSme2022.Config.class)
public final class SpecializedSme2022 implements RuleSetDefinition {

    static final String PID = "org.cultivar.registry.criteria.specialized-sme-2022";

    static final RuleSet RULE_SET = new RuleSet("specialized-sme-2022", Tier.SPECIALIZED_SME,
            "工信部企业〔2022〕63号 附件2 (Annex 2)", LocalDate.of(2022, 8, 1), LocalDate.of(2026, 3, 31));

    @ObjectClassDefinition(id = PID, name = "Criteria: Specialized SME 2022",
            description = "Thresholds of 工信部企业〔2022〕63号 Annex 2. Percentages as numbers, amounts in yuan.")
    public @interface Config {
        @AttributeDefinition(name = "Minimum years in the niche", min = "0")
        int yearsInSegmentMin() default 2;

        @AttributeDefinition(name = "Minimum R&D expense last year (yuan)")
        String rdExpenseMin() default "1000000";

        @AttributeDefinition(name = "Minimum R&D intensity last year (%)")
        String rdIntensityMinPercent() default "3";

        @AttributeDefinition(name = "Minimum revenue last year (yuan)")
        String revenueMin() default "10000000";

        @AttributeDefinition(name = "Or: minimum new equity financing over 2 years (yuan)")
        String equityAlternativeMin() default "20000000";

        @AttributeDefinition(name = "Minimum evaluation score (of 100)", min = "0", max = "100")
        int scoreMin() default 60;

        @AttributeDefinition(name = "Direct condition: minimum average R&D expense over 2 years (yuan)")
        String directAverageRdExpenseMin() default "10000000";

        @AttributeDefinition(name = "Direct condition: minimum new equity financing over 2 years (yuan)")
        String directEquityMin() default "60000000";
    }

    record Thresholds(int yearsInSegment, Money rdExpense, BigDecimal rdIntensity, Money revenue, Money equity,
                      int score, Money directAverageRdExpense, Money directEquity) {

        static Thresholds read(Config config) {
            ThresholdReader reader = new ThresholdReader();
            Thresholds thresholds = new Thresholds(reader.count("yearsInSegmentMin", config.yearsInSegmentMin()),
                    reader.money("rdExpenseMin", config.rdExpenseMin()),
                    reader.percent("rdIntensityMinPercent", config.rdIntensityMinPercent()),
                    reader.money("revenueMin", config.revenueMin()),
                    reader.money("equityAlternativeMin", config.equityAlternativeMin()),
                    reader.count("scoreMin", config.scoreMin()),
                    reader.money("directAverageRdExpenseMin", config.directAverageRdExpenseMin()),
                    reader.money("directEquityMin", config.directEquityMin()));
            if (config.scoreMin() > SpecializedSmeScoreCard.OUT_OF) {
                reader.problem("scoreMin cannot exceed " + SpecializedSmeScoreCard.OUT_OF + " points, got " + config.scoreMin());
            }
            reader.verify();
            return thresholds;
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
        List<CriterionResult> results = new ArrayList<>();
        results.add(FinanceCriteria.smeSize(figures));
        results.add(MarketCriteria.yearsInSegment(Criterion.YEARS_IN_SEGMENT, figures, t.yearsInSegment()));
        results.add(InnovationCriteria.rdExpenseEachYear(figures, 1, t.rdExpense()));
        results.add(InnovationCriteria.rdIntensityEachYear(figures, 1, t.rdIntensity(), null));
        results.add(FinanceCriteria.revenueOrEquity(figures, t.revenue(), t.equity()));
        results.add(scoreOrDirect(applicant, t));
        return results;
    }

    private static CriterionResult scoreOrDirect(Applicant applicant, Thresholds t) {
        FigureHistory figures = applicant.figures();
        Text direct = directCondition(applicant, t);
        CriterionResult score = SpecializedSmeScoreCard.score(figures)
                .judge(Criterion.SCORE_OR_DIRECT, t.score(), SpecializedSmeScoreCard.OUT_OF);
        if (direct != null) {
            return Criterion.SCORE_OR_DIRECT.result(valueOf(score), thresholdOf(score), Outcome.PASS,
                    new Text("direct condition: ", "符合直通条件：").then(direct));
        }
        CriterionResult result = Criterion.SCORE_OR_DIRECT.result(valueOf(score), thresholdOf(score), score.outcome(),
                score.note() == null ? null : new Text(score.note(), score.noteZh()));
        return Outcomes.unlessNotHeld(result, new Text("the firm placed in the Maker China (创客中国) top 500 in the last 3 years",
                "企业近3年进入“创客中国”大赛500强"));
    }

    private static Text valueOf(CriterionResult score) {
        return new Text(score.value(), score.value(true));
    }

    private static Text thresholdOf(CriterionResult score) {
        return new Text(score.threshold() + " or a direct condition", score.threshold(true) + "，或符合直通条件");
    }

    /** The direct condition the figures show, or {@code null}. */
    private static Text directCondition(Applicant applicant, Thresholds t) {
        FigureHistory figures = applicant.figures();
        if (applicant.scienceAward() != ScienceAward.NONE) {
            return new Text(applicant.scienceAward().name().toLowerCase(java.util.Locale.ROOT) + " S&T award in the last 3 years",
                    "近3年获" + (applicant.scienceAward() == ScienceAward.NATIONAL ? "国家级" : "省级") + "科技奖励");
        }
        Measure<BigDecimal> rdTotal = InnovationCriteria.rdExpenseTotal(figures, 2);
        if (rdTotal.held() && rdTotal.value().compareTo(t.directAverageRdExpense().yuan().multiply(BigDecimal.valueOf(2))) >= 0) {
            return new Text("average R&D expense over 2 years ", "近2年研发费用平均 ").then(Display.limitText("≥", t.directAverageRdExpense()));
        }
        Measure<Money> equity = figures.latest("new equity financing", YearlyFigures::newEquityFinancing);
        if (equity.held() && equity.value().compareTo(t.directEquity()) >= 0) {
            return new Text("new equity financing ", "新增股权融资").then(Display.moneyText(equity.value())).then(" ")
                    .then(Display.limitText("≥", t.directEquity()));
        }
        return null;
    }
}
