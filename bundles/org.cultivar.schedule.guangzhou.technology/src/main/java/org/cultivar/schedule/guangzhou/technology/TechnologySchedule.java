package org.cultivar.schedule.guangzhou.technology;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.subsidy.api.ApplicationWindow;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.ComponentProperties;
import org.cultivar.subsidy.api.Limits;
import org.cultivar.subsidy.api.MoneyField;
import org.cultivar.subsidy.api.RequiredDocument;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.TextField;
import org.cultivar.subsidy.api.rules.ClaimedAmount;
import org.cultivar.subsidy.api.rules.TitleHeld;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Guangzhou's subsidy for selling equipment listed in a government catalogue (首台套): the amount
 * claimed, at most the yearly cap per enterprise over all its applications of a fiscal year.
 */
@Component(service = SubsidySchedule.class, configurationPid = TechnologySchedule.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = TechnologyConfiguration.class)
public class TechnologySchedule implements SubsidySchedule {

    static final String PID = "org.cultivar.schedule.guangzhou.technology";

    private volatile ScheduleDefinition definition;

    /**
     * Also the modified method, so that an official's change replaces the definition without
     * unregistering the service; a change this refuses leaves the last good definition in force.
     */
    @Activate
    @Modified
    void configure(TechnologyConfiguration config, Map<String, Object> properties) {
        definition = definitionOf(config, properties);
    }

    @Override
    public ScheduleDefinition definitionFor(Map<String, Object> properties) {
        return definitionOf(ComponentProperties.as(TechnologyConfiguration.class, properties), properties);
    }

    private static ScheduleDefinition definitionOf(TechnologyConfiguration config, Map<String, Object> properties) {
        Money yearlyCap = Money.parse(config.yearlyCap());
        return ScheduleDefinition.builder("guangzhou.technology", RegionCode.of("440100"))
                .name("首台套产品推广应用补贴", "Subsidy for selling catalogue equipment")
                // The MERICS report (2023) gives the figure without a document number; Huangpu's 2021
                // measures cap catalogue awards at CNY 0.5 M a year (reference/criteria.md §4.4). Unverified.
                .legalBasis("广州市支持专精特新企业发展措施（首台套推广）", "Guangzhou measures supporting Specialized SMEs (catalogue equipment)")
                .purposes("technology")
                .window(new ApplicationWindow(day(config.window_opens()), day(config.window_closes())))
                .form(new TextField("catalogueEntry", BilingualText.of("入选目录及产品名称", "Catalogue and listed product"), true, 200),
                        MoneyField.required("claimed", BilingualText.of("申请补贴金额（元）", "Subsidy claimed (CNY)"), yearlyCap))
                .documents(new RequiredDocument("catalogueListing", BilingualText.of("目录入选证明", "Proof of catalogue listing"), true),
                        new RequiredDocument("salesContracts", BilingualText.of("销售合同及发票", "Sales contracts and invoices"), true))
                .conditions(TitleHeld.atLeast(config.minimumTier()))
                // the yearly limit, not a per-claim cap: a second claim in the year gets what is left
                .amount(new ClaimedAmount("claimed"))
                .limits(Limits.unlimited().withYearlyCap(yearlyCap))
                .configuration(ScheduleConfiguration.of(properties))
                .build();
    }

    @Override
    public ScheduleDefinition definition() {
        return definition;
    }

    private static LocalDate day(String text) {
        return text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
