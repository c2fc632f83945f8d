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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Specialized SME, 工信部企业〔2026〕2号 (criteria.md §1.7; thresholds from a secondary source, S3).
 * A provincial or national S&amp;T award exempts the IP test.
 *
 * <p>Not judged from figures: the base-tier title held, a provincial+ R&amp;D institution as the
 * other IP exemption (named when the IP test falls short), the "relatively leading" market share
 * and the platform's development score ≥ 50 (工信厅企业〔2024〕75号).
 */
@Component(service = RuleSetDefinition.class, configurationPid = SpecializedSme2026.PID)
@Designate(ocd = SpecializedSme2026.Config.class)
public final class SpecializedSme2026 implements RuleSetDefinition {

    static final String PID = "org.cultivar.registry.criteria.specialized-sme-2026";

    static final RuleSet RULE_SET = new RuleSet("specialized-sme-2026", Tier.SPECIALIZED_SME,
            "工信部企业〔2026〕2号 (优质中小企业梯度培育管理办法)", LocalDate.of(2026, 4, 1), null);

    @ObjectClassDefinition(id = PID, name = "Criteria: Specialized SME 2026",
            description = "Thresholds of 工信部企业〔2026〕2号 (unverified secondary source). Percentages as numbers, amounts in yuan.")
    public @interface Config {
        @AttributeDefinition(name = "Minimum years in the niche", min = "0")
        int yearsInSegmentMin() default 3;

        @AttributeDefinition(name = "Minimum revenue (yuan)")
        String revenueMin() default "15000000";

        @AttributeDefinition(name = "Or: minimum new equity financing over 2 years (yuan)")
        String equityAlternativeMin() default "20000000";

        @AttributeDefinition(name = "Minimum main-business share (%)")
        String mainBusinessShareMinPercent() default "80";

        @AttributeDefinition(name = "Maximum liabilities to assets (%)")
        String liabilityRatioMaxPercent() default "80";

        @AttributeDefinition(name = "Minimum R&D expense in each of the last 2 years (yuan)")
        String rdExpenseMin() default "1000000";

        @AttributeDefinition(name = "Minimum R&D intensity in each of the last 2 years (%)")
        String rdIntensityMinPercent() default "3";

        @AttributeDefinition(name = "Minimum Class I IP items", min = "0")
        int classOneIpMin() default 1;
    }

    record Thresholds(int yearsInSegment, Money revenue, Money equity, BigDecimal mainBusinessShare,
                      BigDecimal liabilityRatio, Money rdExpense, BigDecimal rdIntensity, int classOneIp) {

        static Thresholds read(Config config) {
            ThresholdReader reader = new ThresholdReader();
            Thresholds thresholds = new Thresholds(reader.count("yearsInSegmentMin", config.yearsInSegmentMin()),
                    reader.money("revenueMin", config.revenueMin()),
                    reader.money("equityAlternativeMin", config.equityAlternativeMin()),
                    reader.share("mainBusinessShareMinPercent", config.mainBusinessShareMinPercent()),
                    reader.share("liabilityRatioMaxPercent", config.liabilityRatioMaxPercent()),
                    reader.money("rdExpenseMin", config.rdExpenseMin()),
                    reader.percent("rdIntensityMinPercent", config.rdIntensityMinPercent()),
                    reader.count("classOneIpMin", config.classOneIpMin()));
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
        results.add(FinanceCriteria.revenueOrEquity(figures, t.revenue(), t.equity()));
        results.add(MarketCriteria.mainBusinessShare(figures, t.mainBusinessShare()));
        results.add(FinanceCriteria.liabilityRatio(figures, t.liabilityRatio()));
        results.add(InnovationCriteria.rdExpenseEachYear(figures, 2, t.rdExpense()));
        results.add(InnovationCriteria.rdIntensityEachYear(figures, 2, t.rdIntensity(), null));
        CriterionResult ip = InnovationCriteria.classOneIp(figures, t.classOneIp(),
                new Text("the firm has a provincial+ R&D institution", "企业设有省级以上研发机构"));
        results.add(applicant.scienceAward() == ScienceAward.NONE ? ip
                : Outcomes.exempt(ip, new Text("provincial+ S&T award in the last 3 years exempts the IP test",
                        "近3年获省级以上科技奖励，免于知识产权考核")));
        return results;
    }
}
