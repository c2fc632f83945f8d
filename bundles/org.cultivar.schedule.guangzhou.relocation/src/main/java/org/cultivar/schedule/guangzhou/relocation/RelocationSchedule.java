package org.cultivar.schedule.guangzhou.relocation;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.ApplicationWindow;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.ComponentProperties;
import org.cultivar.subsidy.api.Condition;
import org.cultivar.subsidy.api.DateField;
import org.cultivar.subsidy.api.IntegerField;
import org.cultivar.subsidy.api.Limits;
import org.cultivar.subsidy.api.RequiredDocument;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.rules.FixedAmount;
import org.cultivar.subsidy.api.rules.OutputPerMu;
import org.cultivar.subsidy.api.rules.RelocatedSince;
import org.cultivar.subsidy.api.rules.TitleHeld;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Guangzhou's relocation award: a fixed amount, once, for a Little Giant that moved into the city
 * since a day and — unless configured off — produces enough per mu of land.
 */
@Component(service = SubsidySchedule.class, configurationPid = RelocationSchedule.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RelocationConfiguration.class)
public class RelocationSchedule implements SubsidySchedule {

    static final String PID = "org.cultivar.schedule.guangzhou.relocation";
    private static final DateField RELOCATED_ON =
            new DateField("relocatedOn", BilingualText.of("迁入日期", "Relocated on"), true, null, true);
    private static final IntegerField LAND_MU =
            new IntegerField("landMu", BilingualText.of("用地面积（亩）", "Land area (mu)"), true, 1, 1_000_000);

    private volatile ScheduleDefinition definition;

    /**
     * Also the modified method, so that an official's change replaces the definition without
     * unregistering the service; a change this refuses leaves the last good definition in force.
     */
    @Activate
    @Modified
    void configure(RelocationConfiguration config, Map<String, Object> properties) {
        definition = definitionOf(config, properties);
    }

    @Override
    public ScheduleDefinition definitionFor(Map<String, Object> properties) {
        return definitionOf(ComponentProperties.as(RelocationConfiguration.class, properties), properties);
    }

    private static ScheduleDefinition definitionOf(RelocationConfiguration config, Map<String, Object> properties) {
        Condition littleGiant = TitleHeld.atLeast(Tier.LITTLE_GIANT);
        Condition relocated = new RelocatedSince(RELOCATED_ON.key(), LocalDate.parse(config.relocatedSince().strip()));
        ScheduleDefinition.Builder builder = ScheduleDefinition.builder("guangzhou.relocation", RegionCode.of("440100"))
                .name("“小巨人”企业迁入奖励", "Relocation award for Little Giants")
                // The MERICS report (2023) gives CNY 2 M without a document number; Huangpu's "专精特新10条"
                // (2021) pays the same with conditions per mu (reference/criteria.md §4.4). Unverified for the city.
                .legalBasis("广州市支持专精特新企业发展措施（迁入奖励）", "Guangzhou measures supporting Specialized SMEs (relocation award)")
                .purposes("relocation")
                .window(new ApplicationWindow(day(config.window_opens()), day(config.window_closes())))
                .documents(new RequiredDocument("relocationRecord", BilingualText.of("工商迁入登记材料", "Registration of the move"), true),
                        new RequiredDocument("landCertificate", BilingualText.of("用地证明", "Proof of land use"), true))
                .amount(new FixedAmount(Money.parse(config.amount())))
                .limits(Limits.oncePerEnterprise())
                .configuration(ScheduleConfiguration.of(properties));
        if (config.minimumOutputPerMu().isBlank()) {
            builder.form(RELOCATED_ON).conditions(littleGiant, relocated);
        } else {
            builder.form(RELOCATED_ON, LAND_MU).conditions(littleGiant, relocated,
                    new OutputPerMu(LAND_MU.key(), Money.parse(config.minimumOutputPerMu())));
        }
        return builder.build();
    }

    @Override
    public ScheduleDefinition definition() {
        return definition;
    }

    private static LocalDate day(String text) {
        return text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
