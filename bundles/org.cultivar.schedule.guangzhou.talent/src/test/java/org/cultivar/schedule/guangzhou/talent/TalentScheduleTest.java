package org.cultivar.schedule.guangzhou.talent;

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

class TalentScheduleTest {

    private static final ConfigurationValues DEFAULTS = ConfigurationValues.ofFeatureDefaults(TalentSchedule.PID);
    private final RegistryDouble registry = new RegistryDouble();

    private static ScheduleDefinition configured(ConfigurationValues values) {
        TalentSchedule schedule = new TalentSchedule();
        schedule.configure(values.as(TalentConfiguration.class), values.properties());
        return schedule.definition();
    }

    private static Map<String, String> claiming(String yuan) {
        return Map.of("talents", "3", "claimed", yuan);
    }

    @Test
    void theFeatureInstallsTheMetatypeDefaults() {
        MetatypeDefaults.assertFeatureDefaultsAreTheMetatypeDefaults(TalentSchedule.PID);
    }

    @Test
    void paysClaimsUpToTheYearlyCapOf200000() {
        ScheduleDefinition schedule = configured(DEFAULTS);
        registry.grant(GUANGZHOU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2024, 1, 1));

        Assessment spring = assess(schedule, registry, GUANGZHOU_FIRM, LocalDate.of(2025, 3, 1), claiming("150000"));
        Assessment autumn = assess(schedule, registry, GUANGZHOU_FIRM, LocalDate.of(2025, 9, 1), claiming("150000"),
                awarded(1, schedule, spring));

        assertThat(amount(spring)).isEqualTo(Money.parse("150000"));
        assertThat(amount(autumn)).as("what is left of the year's cap").isEqualTo(Money.parse("50000"));
        assertThatThrownBy(() -> assess(schedule, registry, GUANGZHOU_FIRM, LocalDate.of(2025, 3, 1), claiming("200000.01")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("claimed: ");
    }

    @Test
    void refusesACapWithMoreThanTwoDecimals() {
        assertThatThrownBy(() -> configured(DEFAULTS.with("yearlyCap", "200000.001")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200000.001");
    }
}
