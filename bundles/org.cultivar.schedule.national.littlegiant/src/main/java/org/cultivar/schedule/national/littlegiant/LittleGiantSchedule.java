package org.cultivar.schedule.national.littlegiant;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.ApplicationWindow;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.ComponentProperties;
import org.cultivar.subsidy.api.InstalmentTerms;
import org.cultivar.subsidy.api.Limits;
import org.cultivar.subsidy.api.RequiredDocument;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.TextField;
import org.cultivar.subsidy.api.TrancheTerm;
import org.cultivar.subsidy.api.rules.FixedAmount;
import org.cultivar.subsidy.api.rules.TitleHeld;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Central-fund support for Little Giants selected by MIIT and MOF ("key Little Giants"): a fixed
 * amount per firm, once, paid in yearly tranches, the last after a performance review.
 */
@Component(service = SubsidySchedule.class, configurationPid = LittleGiantSchedule.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = LittleGiantConfiguration.class)
public class LittleGiantSchedule implements SubsidySchedule {

    static final String PID = "org.cultivar.schedule.national.littlegiant";

    private volatile ScheduleDefinition definition;

    /**
     * Also the modified method, so that an official's change replaces the definition without
     * unregistering the service; a change this refuses leaves the last good definition in force.
     */
    @Activate
    @Modified
    void configure(LittleGiantConfiguration config, Map<String, Object> properties) {
        definition = definitionOf(config, properties);
    }

    @Override
    public ScheduleDefinition definitionFor(Map<String, Object> properties) {
        return definitionOf(ComponentProperties.as(LittleGiantConfiguration.class, properties), properties);
    }

    private static ScheduleDefinition definitionOf(LittleGiantConfiguration config, Map<String, Object> properties) {
        return ScheduleDefinition.builder("national.littlegiant", RegionCode.NATIONAL)
                .name("中央财政支持重点专精特新“小巨人”企业", "Central funds for key Little Giants")
                // both document numbers confirmed in reference/criteria.md §4.1 [C: S15, S16]
                .legalBasis("财建〔2021〕2号；财建〔2024〕148号", "Caijian [2021] No. 2; Caijian [2024] No. 148")
                .purposes("national-support")
                .window(new ApplicationWindow(day(config.window_opens()), day(config.window_closes())))
                // selection is MIIT's and MOF's decision, outside the registry: the clerk records where it was published
                .form(new TextField("selectionNotice", BilingualText.of("入选名单文号及批次", "Selection list: notice and batch"), true, 200))
                .documents(new RequiredDocument("selectionList", BilingualText.of("重点“小巨人”入选名单", "Key Little Giant selection list"), true),
                        new RequiredDocument("implementationPlan", BilingualText.of("企业实施方案", "The firm's implementation plan"), true))
                .conditions(TitleHeld.atLeast(Tier.LITTLE_GIANT))
                .amount(new FixedAmount(Money.parse(config.amount())))
                .limits(Limits.oncePerEnterprise())
                .instalments(new InstalmentTerms(Arrays.stream(config.tranches()).map(LittleGiantSchedule::tranche).toList()))
                .configuration(ScheduleConfiguration.of(properties))
                .build();
    }

    @Override
    public ScheduleDefinition definition() {
        return definition;
    }

    /** A tranche written {@code weight:yearOffset} or {@code weight:yearOffset:review}. */
    private static TrancheTerm tranche(String entry) {
        String[] parts = entry.strip().split(":");
        boolean wellFormed = parts.length == 2 || parts.length == 3 && parts[2].equals("review");
        if (!wellFormed || !parts[0].matches("\\d{1,7}") || !parts[1].matches("\\d{1,2}")) {
            throw new IllegalArgumentException("A tranche is written weight:year offset[:review], e.g. 1:2:review; not \"" + entry + "\"");
        }
        return new TrancheTerm(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts.length == 3);
    }

    private static LocalDate day(String text) {
        return text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
