package org.cultivar.schedule.guangzhou.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.subsidy.api.AmountRule;
import org.cultivar.subsidy.api.ApplicationWindow;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.ComponentProperties;
import org.cultivar.subsidy.api.MoneyField;
import org.cultivar.subsidy.api.RequiredDocument;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.rules.Band;
import org.cultivar.subsidy.api.rules.Capped;
import org.cultivar.subsidy.api.rules.PercentageOf;
import org.cultivar.subsidy.api.rules.SteppedTable;
import org.cultivar.subsidy.api.rules.TitleHeld;
import org.cultivar.subsidy.api.rules.TopUp;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Guangzhou's award for new investment in land or production facilities: by default a capped
 * percentage of the investment; by configuration alone Huangpu's stepped table with top-up.
 */
@Component(service = SubsidySchedule.class, configurationPid = InvestmentSchedule.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = InvestmentConfiguration.class)
public class InvestmentSchedule implements SubsidySchedule {

    static final String PID = "org.cultivar.schedule.guangzhou.investment";
    private static final String PURPOSE = "investment";
    private static final String INVESTMENT = "investment";
    /** Where a stated investment stops being plausible: CNY 1 trillion. */
    private static final Money MOST_PLAUSIBLE = Money.parse("1000000000000");

    private volatile ScheduleDefinition definition;

    /**
     * Also the modified method, so that an official's change replaces the definition without
     * unregistering the service; a change this refuses leaves the last good definition in force.
     */
    @Activate
    @Modified
    void configure(InvestmentConfiguration config, Map<String, Object> properties) {
        definition = definitionOf(config, properties);
    }

    @Override
    public ScheduleDefinition definitionFor(Map<String, Object> properties) {
        return definitionOf(ComponentProperties.as(InvestmentConfiguration.class, properties), properties);
    }

    private static ScheduleDefinition definitionOf(InvestmentConfiguration config, Map<String, Object> properties) {
        AmountRule rule = switch (config.mode()) {
            case PERCENTAGE -> new PercentageOf(INVESTMENT, percent(config.percent()));
            // 差额补足: each upgrade to a higher band pays the difference to what earlier awards paid
            case STEPPED -> new TopUp(new SteppedTable(INVESTMENT, bands(config.bands())), PURPOSE);
        };
        return ScheduleDefinition.builder("guangzhou.investment", RegionCode.of("440100"))
                .name("新增投资奖励", "Award for new investment in land or production facilities")
                // The MERICS report (2023) gives 5% up to CNY 100 M without a document number (unverified);
                // the stepped table is Huangpu's "专精特新10条" (2021), reference/criteria.md §4.4.
                .legalBasis("广州市支持专精特新企业发展措施（投资奖励）", "Guangzhou measures supporting Specialized SMEs (investment award)")
                .purposes(PURPOSE)
                .window(new ApplicationWindow(day(config.window_opens()), day(config.window_closes())))
                .form(MoneyField.required(INVESTMENT, BilingualText.of("新增土地及生产设施投资额（元）",
                        "New investment in land and production facilities (CNY)"), MOST_PLAUSIBLE))
                .documents(new RequiredDocument("investmentAudit", BilingualText.of("投资专项审计报告", "Audit report of the investment"), true),
                        new RequiredDocument("projectApproval", BilingualText.of("项目备案或核准文件", "Project filing or approval"), true))
                .conditions(TitleHeld.atLeast(config.minimumTier()))
                .amount(new Capped(rule, Money.parse(config.cap())))
                .configuration(ScheduleConfiguration.of(properties))
                .build();
    }

    @Override
    public ScheduleDefinition definition() {
        return definition;
    }

    private static BigDecimal percent(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The percent \"" + text + "\" is not a number such as 5 or 2.5", e);
        }
    }

    /** Bands written {@code from:amount} in yuan, e.g. {@code 100000000:5000000}. */
    private static List<Band> bands(String[] entries) {
        return Arrays.stream(entries).map(entry -> {
            String[] parts = entry.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("A band is written from:amount in yuan, e.g. 100000000:5000000; not \"" + entry + "\"");
            }
            return new Band(Money.parse(parts[0]), Money.parse(parts[1]));
        }).toList();
    }

    private static LocalDate day(String text) {
        return text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
