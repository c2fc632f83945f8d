package org.cultivar.schedule.guangzhou.talent;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.subsidy.api.ApplicationWindow;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.ComponentProperties;
import org.cultivar.subsidy.api.IntegerField;
import org.cultivar.subsidy.api.Limits;
import org.cultivar.subsidy.api.MoneyField;
import org.cultivar.subsidy.api.RequiredDocument;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.rules.ClaimedAmount;
import org.cultivar.subsidy.api.rules.TitleHeld;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** Guangzhou's talent support: the amount claimed, at most the yearly cap per enterprise. */
@Component(service = SubsidySchedule.class, configurationPid = TalentSchedule.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = TalentConfiguration.class)
public class TalentSchedule implements SubsidySchedule {

    static final String PID = "org.cultivar.schedule.guangzhou.talent";

    private volatile ScheduleDefinition definition;

    /**
     * Also the modified method, so that an official's change replaces the definition without
     * unregistering the service; a change this refuses leaves the last good definition in force.
     */
    @Activate
    @Modified
    void configure(TalentConfiguration config, Map<String, Object> properties) {
        definition = definitionOf(config, properties);
    }

    @Override
    public ScheduleDefinition definitionFor(Map<String, Object> properties) {
        return definitionOf(ComponentProperties.as(TalentConfiguration.class, properties), properties);
    }

    private static ScheduleDefinition definitionOf(TalentConfiguration config, Map<String, Object> properties) {
        Money yearlyCap = Money.parse(config.yearlyCap());
        return ScheduleDefinition.builder("guangzhou.talent", RegionCode.of("440100"))
                .name("人才支持", "Talent support")
                // The MERICS report (2023) gives the figure without a document number; no city-level
                // talent measure was found (reference/criteria.md, open question 7). Unverified.
                .legalBasis("广州市支持专精特新企业发展措施（人才支持）", "Guangzhou measures supporting Specialized SMEs (talent support)")
                .purposes("talent")
                .window(new ApplicationWindow(day(config.window_opens()), day(config.window_closes())))
                .form(new IntegerField("talents", BilingualText.of("引进或培养人才人数", "Talents recruited or trained"), true, 1, 10_000),
                        MoneyField.required("claimed", BilingualText.of("申请补贴金额（元）", "Subsidy claimed (CNY)"), yearlyCap))
                .documents(new RequiredDocument("talentList", BilingualText.of("人才名单及劳动合同", "List of talents with employment contracts"), true),
                        new RequiredDocument("socialInsurance", BilingualText.of("社保缴纳证明", "Proof of social insurance contributions"), true))
                .conditions(TitleHeld.atLeast(config.minimumTier()))
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
