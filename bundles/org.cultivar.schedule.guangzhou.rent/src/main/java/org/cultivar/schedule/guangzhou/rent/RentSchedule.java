package org.cultivar.schedule.guangzhou.rent;

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
import org.cultivar.subsidy.api.rules.Capped;
import org.cultivar.subsidy.api.rules.ClaimedAmount;
import org.cultivar.subsidy.api.rules.TitleHeld;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** Guangzhou's one-off rent subsidy: the rent subsidy claimed, up to the cap, once per enterprise. */
@Component(service = SubsidySchedule.class, configurationPid = RentSchedule.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RentConfiguration.class)
public class RentSchedule implements SubsidySchedule {

    static final String PID = "org.cultivar.schedule.guangzhou.rent";

    private volatile ScheduleDefinition definition;

    /**
     * Also the modified method, so that an official's change replaces the definition without
     * unregistering the service; a change this refuses leaves the last good definition in force.
     */
    @Activate
    @Modified
    void configure(RentConfiguration config, Map<String, Object> properties) {
        definition = definitionOf(config, properties);
    }

    @Override
    public ScheduleDefinition definitionFor(Map<String, Object> properties) {
        return definitionOf(ComponentProperties.as(RentConfiguration.class, properties), properties);
    }

    private static ScheduleDefinition definitionOf(RentConfiguration config, Map<String, Object> properties) {
        Money cap = Money.parse(config.cap());
        return ScheduleDefinition.builder("guangzhou.rent", RegionCode.of("440100"))
                .name("租金补贴", "Rent subsidy")
                // The MERICS report (2023) gives the figure without a document number; no city-level
                // rent measure was found (reference/criteria.md, open question 7). Unverified.
                .legalBasis("广州市支持专精特新企业发展措施（租金补贴）", "Guangzhou measures supporting Specialized SMEs (rent subsidy)")
                .purposes("rent")
                .window(new ApplicationWindow(day(config.window_opens()), day(config.window_closes())))
                // a claim above the cap is an error to correct, not an amount to cut silently
                .form(MoneyField.required("claimed", BilingualText.of("申请补贴金额（元）", "Subsidy claimed (CNY)"), cap))
                .documents(new RequiredDocument("leaseContract", BilingualText.of("租赁合同", "Lease contract"), true),
                        new RequiredDocument("rentInvoices", BilingualText.of("租金发票及支付凭证", "Rent invoices and proof of payment"), true))
                .conditions(TitleHeld.atLeast(config.minimumTier()))
                .amount(new Capped(new ClaimedAmount("claimed"), cap))
                .limits(Limits.oncePerEnterprise())
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
