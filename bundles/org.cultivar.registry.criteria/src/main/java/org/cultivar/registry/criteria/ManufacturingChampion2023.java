package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.RuleSet;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.YearlyFigures;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Manufacturing Single Champion, 工信部政法〔2023〕138号 (criteria.md §2, secondary source S3):
 * what the figures can show, years in the field and the three-year average main-business revenue.
 * A new product needs fewer years and a provincial+ 专精特新 firm reportedly a lower revenue
 * (both unverified); the figures show neither, so those cases are "no data" for a clerk.
 *
 * <p>Not judged from figures: the global top-3 market share (the figures hold domestic share),
 * technology level, energy use, R&amp;D institution, IP and standards.
 */
@Component(service = RuleSetDefinition.class, configurationPid = ManufacturingChampion2023.PID)
@Designate(ocd = ManufacturingChampion2023.Config.class)
public final class ManufacturingChampion2023 implements RuleSetDefinition {

    static final String PID = "org.cultivar.registry.criteria.manufacturing-champion-2023";

    /** The effective date of 138号 is not confirmed in criteria.md; 2023-08-01 is a placeholder to verify. */
    static final RuleSet RULE_SET = new RuleSet("manufacturing-champion-2023", Tier.MANUFACTURING_CHAMPION,
            "工信部政法〔2023〕138号 (制造业单项冠军企业认定管理办法)", LocalDate.of(2023, 8, 1), null);

    @ObjectClassDefinition(id = PID, name = "Criteria: Manufacturing Champion 2023",
            description = "Thresholds of 工信部政法〔2023〕138号 (secondary source). Amounts in yuan.")
    public @interface Config {
        @AttributeDefinition(name = "Minimum years in the field", min = "0")
        int yearsInFieldMin() default 10;

        @AttributeDefinition(name = "Minimum years in the field for a new product (unverified)", min = "0")
        int newProductYearsInFieldMin() default 5;

        @AttributeDefinition(name = "Minimum average main-business revenue over 3 years (yuan)")
        String mainBusinessRevenueAverageMin() default "400000000";

        @AttributeDefinition(name = "Reduced minimum for provincial+ 专精特新 firms (yuan, unverified)")
        String reducedMainBusinessRevenueAverageMin() default "200000000";
    }

    record Thresholds(int years, int newProductYears, Money revenueAverage, Money reducedRevenueAverage) {

        static Thresholds read(Config config) {
            ThresholdReader reader = new ThresholdReader();
            Thresholds thresholds = new Thresholds(reader.count("yearsInFieldMin", config.yearsInFieldMin()),
                    reader.count("newProductYearsInFieldMin", config.newProductYearsInFieldMin()),
                    reader.money("mainBusinessRevenueAverageMin", config.mainBusinessRevenueAverageMin()),
                    reader.money("reducedMainBusinessRevenueAverageMin", config.reducedMainBusinessRevenueAverageMin()));
            reader.ordered("newProductYearsInFieldMin", thresholds.newProductYears(), "yearsInFieldMin", thresholds.years());
            reader.ordered("reducedMainBusinessRevenueAverageMin", thresholds.reducedRevenueAverage(),
                    "mainBusinessRevenueAverageMin", thresholds.revenueAverage());
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
        CriterionResult years = MarketCriteria.yearsInSegment(Criterion.YEARS_IN_FIELD, figures, t.years());
        Integer held = figures.latest("years in the field", YearlyFigures::yearsInSegment).value();
        if (held != null && held >= t.newProductYears()) {
            years = Outcomes.unlessNotHeld(years, new Text("the product is a new product (≥ " + t.newProductYears() + " years)",
                    "产品为新产品（≥ " + t.newProductYears() + "年）"));
        }
        return List.of(years, revenueAverage(figures, t));
    }

    private static CriterionResult revenueAverage(FigureHistory figures, Thresholds t) {
        Text threshold = Display.limitText("≥", t.revenueAverage());
        BigDecimal total = BigDecimal.ZERO;
        for (int year : figures.lastYears(3)) {
            Measure<Money> revenue = figures.get(year, "main-business revenue", YearlyFigures::mainBusinessRevenue);
            if (!revenue.held()) {
                return Criterion.MAIN_BUSINESS_REVENUE_AVERAGE.noData(threshold, revenue.why());
            }
            total = total.add(revenue.value().yuan());
        }
        // compare the three-year total with three times the minimum: a rounded average could cross the edge
        BigDecimal three = BigDecimal.valueOf(3);
        CriterionResult result = Criterion.MAIN_BUSINESS_REVENUE_AVERAGE.result(
                Display.yuanText(total.divide(three, 2, RoundingMode.HALF_UP)), threshold,
                Outcomes.atLeast(total, t.revenueAverage().yuan().multiply(three)), null);
        return total.compareTo(t.reducedRevenueAverage().yuan().multiply(three)) >= 0 ? Outcomes.unlessNotHeld(result,
                new Text("the firm holds a provincial+ 专精特新 title (reduced minimum " + Display.money(t.reducedRevenueAverage())
                        + ", unverified)", "企业持有省级以上专精特新称号（降低标准为" + Display.moneyText(t.reducedRevenueAverage()).zh()
                        + "，未核实）")) : result;
    }
}
