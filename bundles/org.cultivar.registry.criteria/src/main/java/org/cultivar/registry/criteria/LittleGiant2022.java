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
 * Little Giant, 工信部企业〔2022〕63号 Annex 3 (criteria.md §1.5), with the 2025 waiver of the growth
 * test at re-evaluation (工信厅企业函〔2025〕190号). A national S&amp;T award in the last three years
 * is the direct route: the innovation criteria are then exempt.
 *
 * <p>Not judged from figures: governance, information systems, management or product
 * certification, own brand, an own or joint R&amp;D institution, the chain position (链), and the
 * Maker China top-50 direct route.
 */
@Component(service = RuleSetDefinition.class, configurationPid = LittleGiant2022.PID)
@Designate(ocd = LittleGiant2022.Config.class)
public final class LittleGiant2022 implements RuleSetDefinition {

    static final String PID = "org.cultivar.registry.criteria.little-giant-2022";

    static final RuleSet RULE_SET = new RuleSet("little-giant-2022", Tier.LITTLE_GIANT,
            "工信部企业〔2022〕63号 附件3 (Annex 3); growth waived at re-evaluation per 工信厅企业函〔2025〕190号",
            LocalDate.of(2022, 8, 1), LocalDate.of(2026, 3, 31));

    @ObjectClassDefinition(id = PID, name = "Criteria: Little Giant 2022",
            description = "Thresholds of 工信部企业〔2022〕63号 Annex 3. Percentages as numbers (70 = 70%), amounts in yuan.")
    public @interface Config {
        @AttributeDefinition(name = "Minimum years in the niche", min = "0")
        int yearsInSegmentMin() default 3;

        @AttributeDefinition(name = "Minimum main-business share (%)")
        String mainBusinessShareMinPercent() default "70";

        @AttributeDefinition(name = "Minimum average main-business growth over 2 years (%)")
        String mainBusinessGrowthMinPercent() default "5";

        @AttributeDefinition(name = "Growth test waived at re-evaluation",
                description = "工信厅企业函〔2025〕190号 waived the 2-year growth test for re-evaluations.")
        boolean growthWaivedAtReevaluation() default true;

        @AttributeDefinition(name = "Maximum liabilities to assets (%)")
        String liabilityRatioMaxPercent() default "70";

        @AttributeDefinition(name = "Minimum domestic market share (%)")
        String marketShareMinPercent() default "10";

        @AttributeDefinition(name = "Upper revenue band from (yuan)", description = "Revenue from here: the upper R&D intensity applies.")
        String upperRevenueBandFrom() default "100000000";

        @AttributeDefinition(name = "Minimum R&D intensity in the upper band (%)")
        String upperBandRdIntensityMinPercent() default "3";

        @AttributeDefinition(name = "Middle revenue band from (yuan)",
                description = "Revenue from here up to the upper band: the middle R&D intensity applies; below it the small-firm route.")
        String middleRevenueBandFrom() default "50000000";

        @AttributeDefinition(name = "Minimum R&D intensity in the middle band (%)")
        String middleBandRdIntensityMinPercent() default "6";

        @AttributeDefinition(name = "Small-firm route: minimum new equity financing over 2 years (yuan)")
        String smallFirmEquityMin() default "80000000";

        @AttributeDefinition(name = "Small-firm route: minimum R&D expense over 2 years (yuan)")
        String smallFirmRdExpenseMin() default "30000000";

        @AttributeDefinition(name = "Small-firm route: minimum R&D staff share (%)")
        String smallFirmRdStaffShareMinPercent() default "50";

        @AttributeDefinition(name = "Minimum Class I IP items", min = "0")
        int classOneIpMin() default 2;
    }

    record Thresholds(int yearsInSegment, BigDecimal mainBusinessShare, BigDecimal growth, boolean growthWaived,
                      BigDecimal liabilityRatio, BigDecimal marketShare, Money upperBand, BigDecimal upperIntensity,
                      Money middleBand, BigDecimal middleIntensity, Money smallFirmEquity, Money smallFirmRdExpense,
                      BigDecimal smallFirmRdStaff, int classOneIp) {

        static Thresholds read(Config config) {
            ThresholdReader reader = new ThresholdReader();
            Thresholds thresholds = new Thresholds(reader.count("yearsInSegmentMin", config.yearsInSegmentMin()),
                    reader.share("mainBusinessShareMinPercent", config.mainBusinessShareMinPercent()),
                    reader.percent("mainBusinessGrowthMinPercent", config.mainBusinessGrowthMinPercent()),
                    config.growthWaivedAtReevaluation(),
                    reader.share("liabilityRatioMaxPercent", config.liabilityRatioMaxPercent()),
                    reader.share("marketShareMinPercent", config.marketShareMinPercent()),
                    reader.money("upperRevenueBandFrom", config.upperRevenueBandFrom()),
                    reader.percent("upperBandRdIntensityMinPercent", config.upperBandRdIntensityMinPercent()),
                    reader.money("middleRevenueBandFrom", config.middleRevenueBandFrom()),
                    reader.percent("middleBandRdIntensityMinPercent", config.middleBandRdIntensityMinPercent()),
                    reader.money("smallFirmEquityMin", config.smallFirmEquityMin()),
                    reader.money("smallFirmRdExpenseMin", config.smallFirmRdExpenseMin()),
                    reader.share("smallFirmRdStaffShareMinPercent", config.smallFirmRdStaffShareMinPercent()),
                    reader.count("classOneIpMin", config.classOneIpMin()));
            reader.ordered("middleRevenueBandFrom", thresholds.middleBand(), "upperRevenueBandFrom", thresholds.upperBand());
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
        results.add(MarketCriteria.mainBusinessShare(figures, t.mainBusinessShare()));
        results.add(MarketCriteria.growth(Criterion.MAIN_BUSINESS_GROWTH, Growth.AVERAGE, figures,
                "main-business revenue", YearlyFigures::mainBusinessRevenue, t.growth(),
                applicant.reevaluation() && t.growthWaived()
                        ? new Text("waived at re-evaluation (工信厅企业函〔2025〕190号)", "复核时免于考核（工信厅企业函〔2025〕190号）")
                        : null));
        results.add(FinanceCriteria.liabilityRatio(figures, t.liabilityRatio()));
        results.add(MarketCriteria.marketShare(figures, t.marketShare(), null));
        results.addAll(innovation(applicant, t));
        results.add(MarketCriteria.productField(applicant.sector()));
        return results;
    }

    /** The general innovation route, or all exempt by the direct route of a national award. */
    private static List<CriterionResult> innovation(Applicant applicant, Thresholds t) {
        List<CriterionResult> results = List.of(LittleGiantRdByRevenueBand.judge(applicant.figures(), t),
                InnovationCriteria.classOneIp(applicant.figures(), t.classOneIp(), null));
        if (applicant.scienceAward() != ScienceAward.NATIONAL) {
            return results;
        }
        return results.stream().map(result -> Outcomes.exempt(result,
                new Text("national S&T award in the last 3 years: direct route, innovation criteria exempt (Annex 3)",
                        "近3年获国家级科技奖励：直通，免于创新能力指标考核（附件3）"))).toList();
    }
}
