package org.cultivar.subsidy;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.ApplicationWindow;
import org.cultivar.subsidy.api.ComponentProperties;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.rules.FixedAmountByTier;
import org.cultivar.subsidy.api.rules.TitleHeld;

/**
 * A schedule built from its configuration as the schedule bundles build theirs: Guangzhou's
 * cultivation award with configurable amounts and application window. Configuration Admin's
 * updates reach it through {@link #configure}, as Declarative Services' modified method would.
 */
final class DatedSchedule implements SubsidySchedule {

    static final String ID = "guangzhou.dated";
    static final String PID = "org.cultivar.schedule.guangzhou.dated";

    @interface Parameters {
        String specializedSmeAmount() default "500000";

        String littleGiantAmount() default "2000000";

        Tier minimumTier() default Tier.SPECIALIZED_SME;

        String window_opens() default "";

        String window_closes() default "";
    }

    private volatile ScheduleDefinition definition;

    DatedSchedule(Map<String, Object> properties) {
        configure(properties);
    }

    void configure(Map<String, Object> properties) {
        definition = definitionFor(properties);
    }

    @Override
    public ScheduleDefinition definition() {
        return definition;
    }

    @Override
    public ScheduleDefinition definitionFor(Map<String, Object> properties) {
        Parameters config = ComponentProperties.as(Parameters.class, properties);
        return ScheduleDefinition.builder(ID, EngineFixture.GUANGZHOU).name("培育奖励", "Cultivation award")
                .legalBasis("穗工信规字〔2024〕1号", "Rules 2024/1").purposes("cultivation")
                .window(new ApplicationWindow(day(config.window_opens()), day(config.window_closes())))
                .conditions(TitleHeld.atLeast(config.minimumTier()))
                .amount(new FixedAmountByTier(Map.of(Tier.SPECIALIZED_SME, Money.parse(config.specializedSmeAmount()),
                        Tier.LITTLE_GIANT, Money.parse(config.littleGiantAmount()))))
                .configuration(ScheduleConfiguration.of(properties))
                .build();
    }

    private static LocalDate day(String text) {
        return text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
