package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CriterionResult;
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
 * Little Giant, 工信部企业〔2026〕2号 (criteria.md §1.7; thresholds from a secondary source, S3):
 * higher revenue, main-business and R&amp;D floors, growth not tested at re-evaluation, and a
 * national S&amp;T award exempting the IP test only.
 *
 * <p>Not judged from figures: the 专精特新 title held (the registry's concern), transferred-in IP
 * and the top-3 rights-holder condition, a top-3 national rank as an alternative to market share,
 * the 六基 / key-chain position beyond the sector, and the evaluation score ≥ 60.
 */
@Component(service = RuleSetDefinition.class, configurationPid = LittleGiant2026.PID)
@Designate(ocd = LittleGiant2026.Config.class)
public final class LittleGiant2026 implements RuleSetDefinition {

    static final String PID = "org.cultivar.registry.criteria.little-giant-2026";

    static final RuleSet RULE_SET = new RuleSet("little-giant-2026", Tier.LITTLE_GIANT,
            "工信部企业〔2026〕2号 (优质中小企业梯度培育管理办法)", LocalDate.of(2026, 4, 1), null);

    @ObjectClassDefinition(id = PID, name = "Criteria: Little Giant 2026",
            description = "Thresholds of 工信部企业〔2026〕2号 (unverified secondary source). Percentages as numbers, amounts in yuan.")
    public @interface Config {
        @AttributeDefinition(name = "Minimum years in the niche", min = "0")
        int yearsInSegmentMin() default 3;

        @AttributeDefinition(name = "Minimum revenue (yuan)")
        String revenueMin() default "50000000";

        @AttributeDefinition(name = "Minimum main-business share (%)")
        String mainBusinessShareMinPercent() default "90";

        @AttributeDefinition(name = "Minimum revenue growth, CAGR over 2 years (%)")
        String revenueGrowthMinPercent() default "5";

        @AttributeDefinition(name = "Maximum liabilities to assets (%)")
        String liabilityRatioMaxPercent() default "75";

        @AttributeDefinition(name = "Minimum R&D expense over 2 years in total (yuan)")
        String rdExpenseTwoYearsMin() default "12000000";

        @AttributeDefinition(name = "Minimum R&D intensity in each of the last 2 years (%)")
        String rdIntensityMinPercent() default "3";

        @AttributeDefinition(name = "Minimum Class I IP items", min = "0")
        int classOneIpMin() default 4;

        @AttributeDefinition(name = "Minimum domestic market share (%)")
        String marketShareMinPercent() default "10";
    }

    record Thresholds(int yearsInSegment, Money revenue, BigDecimal mainBusinessShare, BigDecimal growth,
                      BigDecimal liabilityRatio, Money rdExpenseTwoYears, BigDecimal rdIntensity, int classOneIp,
                      BigDecimal marketShare) {

        static Thresholds read(Config config) {
            ThresholdReader reader = new ThresholdReader();
            Thresholds thresholds = new Thresholds(reader.count("yearsInSegmentMin", config.yearsInSegmentMin()),
                    reader.money("revenueMin", config.revenueMin()),
                    reader.share("mainBusinessShareMinPercent", config.mainBusinessShareMinPercent()),
                    reader.percent("revenueGrowthMinPercent", config.revenueGrowthMinPercent()),
                    reader.share("liabilityRatioMaxPercent", config.liabilityRatioMaxPercent()),
                    reader.money("rdExpenseTwoYearsMin", config.rdExpenseTwoYearsMin()),
                    reader.percent("rdIntensityMinPercent", config.rdIntensityMinPercent()),
                    reader.count("classOneIpMin", config.classOneIpMin()),
                    reader.share("marketShareMinPercent", config.marketShareMinPercent()));
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
        results.add(FinanceCriteria.revenueAtLeast(figures, t.revenue()));
        results.add(MarketCriteria.mainBusinessShare(figures, t.mainBusinessShare()));
        results.add(MarketCriteria.growth(Criterion.REVENUE_GROWTH, Growth.COMPOUND, figures, "revenue",
                YearlyFigures::revenue, t.growth(),
                applicant.reevaluation() ? new Text("not tested at re-evaluation (工信部企业〔2026〕2号)",
                        "复核时不考核（工信部企业〔2026〕2号）") : null));
        results.add(FinanceCriteria.liabilityRatio(figures, t.liabilityRatio()));
        results.add(InnovationCriteria.rdExpenseTotal(figures, 2, t.rdExpenseTwoYears()));
        results.add(InnovationCriteria.rdIntensityEachYear(figures, 2, t.rdIntensity(), null));
        CriterionResult ip = InnovationCriteria.classOneIp(figures, t.classOneIp(), null);
        results.add(applicant.scienceAward() == ScienceAward.NATIONAL
                ? Outcomes.exempt(ip, new Text("national S&T award in the last 3 years exempts the IP test",
                        "近3年获国家级科技奖励，免于知识产权考核")) : ip);
        results.add(MarketCriteria.marketShare(figures, t.marketShare(),
                new Text("the leading product ranks top 3 in China", "主导产品国内市场占有率位列前三")));
        results.add(MarketCriteria.productField(applicant.sector()));
        return results;
    }
}
