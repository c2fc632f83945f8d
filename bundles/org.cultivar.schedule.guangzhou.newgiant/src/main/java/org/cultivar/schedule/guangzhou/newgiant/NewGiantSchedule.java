package org.cultivar.schedule.guangzhou.newgiant;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.ApplicationWindow;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.ComponentProperties;
import org.cultivar.subsidy.api.Limits;
import org.cultivar.subsidy.api.RequiredDocument;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.rules.FixedAmount;
import org.cultivar.subsidy.api.rules.TitleHeld;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Guangzhou's award for newly certified Little Giants (免申即享): granting the title in the
 * registry drafts the award by itself for a clerk to check, so the schedule has no form.
 */
@Component(service = SubsidySchedule.class, configurationPid = NewGiantSchedule.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = NewGiantConfiguration.class)
public class NewGiantSchedule implements SubsidySchedule {

    static final String PID = "org.cultivar.schedule.guangzhou.newgiant";

    private volatile ScheduleDefinition definition;

    /**
     * Also the modified method, so that an official's change replaces the definition without
     * unregistering the service; a change this refuses leaves the last good definition in force.
     */
    @Activate
    @Modified
    void configure(NewGiantConfiguration config, Map<String, Object> properties) {
        definition = definitionOf(config, properties);
    }

    @Override
    public ScheduleDefinition definitionFor(Map<String, Object> properties) {
        return definitionOf(ComponentProperties.as(NewGiantConfiguration.class, properties), properties);
    }

    private static ScheduleDefinition definitionOf(NewGiantConfiguration config, Map<String, Object> properties) {
        return ScheduleDefinition.builder("guangzhou.newgiant", RegionCode.of("440100"))
                .name("新认定专精特新“小巨人”企业奖励（免申即享）", "Award for newly certified Little Giants (no application)")
                // document number confirmed by reference/criteria.md §4.3 [C: S12]; the effective day is not
                .legalBasis("《广州市促进专精特新中小企业发展壮大若干措施》（穗府办规〔2025〕13号）",
                        "Guangzhou measures to promote Specialized SMEs (Suifubangui [2025] No. 13)")
                .purposes("new-little-giant")
                .window(new ApplicationWindow(day(config.window_opens()), day(config.window_closes())))
                .documents(new RequiredDocument("titleNotice", BilingualText.of("工信部认定公告", "MIIT certification notice"), true))
                .draftOnGrantOf(Tier.LITTLE_GIANT)
                .conditions(TitleHeld.grantedSince(Tier.LITTLE_GIANT, LocalDate.parse(config.grantedSince().strip())))
                .amount(new FixedAmount(Money.parse(config.amount())))
                .limits(Limits.oncePerTitle(Tier.LITTLE_GIANT))
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
