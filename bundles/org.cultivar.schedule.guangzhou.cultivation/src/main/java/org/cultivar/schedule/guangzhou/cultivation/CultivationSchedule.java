package org.cultivar.schedule.guangzhou.cultivation;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.AmountRule;
import org.cultivar.subsidy.api.ApplicationWindow;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.ComponentProperties;
import org.cultivar.subsidy.api.Limits;
import org.cultivar.subsidy.api.RequiredDocument;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.rules.FixedAmountByTier;
import org.cultivar.subsidy.api.rules.TitleHeld;
import org.cultivar.subsidy.api.rules.TopUp;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Guangzhou's cultivation award: a fixed amount by the title held, once per title; a firm
 * promoted from Specialized SME to Little Giant receives the difference.
 */
@Component(service = SubsidySchedule.class, configurationPid = CultivationSchedule.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = CultivationConfiguration.class)
public class CultivationSchedule implements SubsidySchedule {

    static final String PID = "org.cultivar.schedule.guangzhou.cultivation";
    private static final String PURPOSE = "cultivation";

    private volatile ScheduleDefinition definition;

    /**
     * Also the modified method, so that an official's change replaces the definition without
     * unregistering the service; a change this refuses leaves the last good definition in force.
     */
    @Activate
    @Modified
    void configure(CultivationConfiguration config, Map<String, Object> properties) {
        definition = definitionOf(config, properties);
    }

    @Override
    public ScheduleDefinition definitionFor(Map<String, Object> properties) {
        return definitionOf(ComponentProperties.as(CultivationConfiguration.class, properties), properties);
    }

    private static ScheduleDefinition definitionOf(CultivationConfiguration config, Map<String, Object> properties) {
        AmountRule byTier = new FixedAmountByTier(Map.of(
                Tier.SPECIALIZED_SME, Money.parse(config.specializedSmeAmount()),
                Tier.LITTLE_GIANT, Money.parse(config.littleGiantAmount())));
        return ScheduleDefinition.builder("guangzhou.cultivation", RegionCode.of("440100"))
                .name("专精特新企业培育奖励", "Cultivation award for Specialized SMEs and Little Giants")
                // The MERICS report (2023) gives the amounts without a document number; Huangpu's
                // "专精特新10条" (2021) pays the same (reference/criteria.md §4.4). Unverified for the city.
                .legalBasis("广州市支持专精特新企业发展措施（培育奖励）", "Guangzhou measures supporting Specialized SMEs (cultivation award)")
                .purposes(PURPOSE)
                .window(new ApplicationWindow(day(config.window_opens()), day(config.window_closes())))
                .documents(new RequiredDocument("titleNotice", BilingualText.of("称号认定公告或证书", "Certification notice or certificate"), true),
                        new RequiredDocument("creditPledge", BilingualText.of("信用承诺书", "Credit pledge"), true))
                .conditions(TitleHeld.atLeast(Tier.SPECIALIZED_SME))
                .amount(config.topUpOnPromotion() ? new TopUp(byTier, PURPOSE) : byTier)
                .limits(Limits.oncePerTitle(Tier.SPECIALIZED_SME))
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
