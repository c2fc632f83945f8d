package org.cultivar.schedule.shenzhen.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.ApplicationWindow;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.ComponentProperties;
import org.cultivar.subsidy.api.MoneyField;
import org.cultivar.subsidy.api.RequiredDocument;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.TextField;
import org.cultivar.subsidy.api.rules.Capped;
import org.cultivar.subsidy.api.rules.PercentageOf;
import org.cultivar.subsidy.api.rules.TitleHeld;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** Shenzhen's award for new production equipment: a percentage of the spend, per project, up to a cap. */
@Component(service = SubsidySchedule.class, configurationPid = EquipmentSchedule.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = EquipmentConfiguration.class)
public class EquipmentSchedule implements SubsidySchedule {

    static final String PID = "org.cultivar.schedule.shenzhen.equipment";
    private static final String SPEND = "equipmentSpend";
    /** Where a stated spend stops being plausible: CNY 100 billion. */
    private static final Money MOST_PLAUSIBLE = Money.parse("100000000000");

    private volatile ScheduleDefinition definition;

    /**
     * Also the modified method, so that an official's change replaces the definition without
     * unregistering the service; a change this refuses leaves the last good definition in force.
     */
    @Activate
    @Modified
    void configure(EquipmentConfiguration config, Map<String, Object> properties) {
        definition = definitionOf(config, properties);
    }

    @Override
    public ScheduleDefinition definitionFor(Map<String, Object> properties) {
        return definitionOf(ComponentProperties.as(EquipmentConfiguration.class, properties), properties);
    }

    private static ScheduleDefinition definitionOf(EquipmentConfiguration config, Map<String, Object> properties) {
        return ScheduleDefinition.builder("shenzhen.equipment", RegionCode.of("440300"))
                .name("设备更新奖励", "Equipment renewal award")
                // Demo only: no official Shenzhen text was found (reference/criteria.md §4.5, open question 8).
                .legalBasis("深圳市技术改造设备更新扶持措施（演示配置，文号未核实）",
                        "Shenzhen support for equipment renewal (demo configuration, document not verified)")
                .purposes("equipment")
                .window(new ApplicationWindow(day(config.window_opens()), day(config.window_closes())))
                // the minimum spend is a condition of the form: a smaller project is not an application of this schedule
                .form(new TextField("project", BilingualText.of("技改项目名称", "Renewal project"), true, 200),
                        new MoneyField(SPEND, BilingualText.of("新设备投入（不含税，元）", "New equipment spend excl. VAT (CNY)"), true,
                                Money.parse(config.minimumSpend()), MOST_PLAUSIBLE, 2))
                .documents(new RequiredDocument("equipmentInvoices", BilingualText.of("设备购置发票", "Equipment invoices"), true),
                        new RequiredDocument("projectFiling", BilingualText.of("技改项目备案证", "Renewal project filing"), true))
                .conditions(TitleHeld.atLeast(Tier.SPECIALIZED_SME))
                .amount(new Capped(new PercentageOf(SPEND, percent(config.percent())), Money.parse(config.cap())))
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
            throw new IllegalArgumentException("The percent \"" + text + "\" is not a number such as 20 or 12.5", e);
        }
    }

    private static LocalDate day(String text) {
        return text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
