package org.cultivar.schedule.guangzhou.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.schedule.testing.Applications.amount;
import static org.cultivar.schedule.testing.Applications.assess;
import static org.cultivar.schedule.testing.Applications.awarded;
import static org.cultivar.schedule.testing.RegistryDouble.GUANGZHOU_FIRM;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.Tier;
import org.cultivar.schedule.testing.ConfigurationValues;
import org.cultivar.schedule.testing.MetatypeDefaults;
import org.cultivar.schedule.testing.RegistryDouble;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.junit.jupiter.api.Test;

class TechnologyScheduleTest {

    private static final ConfigurationValues DEFAULTS = ConfigurationValues.ofFeatureDefaults(TechnologySchedule.PID);
    private final RegistryDouble registry = new RegistryDouble();

    private static ScheduleDefinition configured(ConfigurationValues values) {
        TechnologySchedule schedule = new TechnologySchedule();
        schedule.configure(values.as(TechnologyConfiguration.class), values.properties());
        return schedule.definition();
    }

    private static Map<String, String> claiming(String yuan) {
        return Map.of("catalogueEntry", "国家首台套目录：数控机床", "claimed", yuan);
    }

    @Test
    void theFeatureInstallsTheMetatypeDefaults() {
        MetatypeDefaults.assertFeatureDefaultsAreTheMetatypeDefaults(TechnologySchedule.PID);
    }

    @Test
    void paysClaimsUpToTheYearlyCapOf500000() {
        ScheduleDefinition schedule = configured(DEFAULTS);
        registry.grant(GUANGZHOU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2024, 1, 1));

        Assessment spring = assess(schedule, registry, GUANGZHOU_FIRM, LocalDate.of(2025, 3, 1), claiming("300000"));
        Assessment autumn = assess(schedule, registry, GUANGZHOU_FIRM, LocalDate.of(2025, 9, 1), claiming("300000"),
                awarded(1, schedule, spring));

        assertThat(amount(spring)).isEqualTo(Money.parse("300000"));
        assertThat(amount(autumn)).as("what is left of the year's cap").isEqualTo(Money.parse("200000"));
        assertThatThrownBy(() -> assess(schedule, registry, GUANGZHOU_FIRM, LocalDate.of(2025, 3, 1), claiming("500000.01")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("claimed: ");
    }

    @Test
    void refusesACapWithMoreThanTwoDecimals() {
        assertThatThrownBy(() -> configured(DEFAULTS.with("yearlyCap", "500000.001")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("500000.001");
    }
}
