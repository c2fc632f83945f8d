package org.cultivar.schedule.guangzhou.rent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.schedule.testing.Applications.amount;
import static org.cultivar.schedule.testing.Applications.assess;
import static org.cultivar.schedule.testing.Applications.awarded;
import static org.cultivar.schedule.testing.Applications.failedConditions;
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

class RentScheduleTest {

    private static final ConfigurationValues DEFAULTS = ConfigurationValues.ofFeatureDefaults(RentSchedule.PID);
    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private final RegistryDouble registry = new RegistryDouble();

    private static ScheduleDefinition configured(ConfigurationValues values) {
        RentSchedule schedule = new RentSchedule();
        schedule.configure(values.as(RentConfiguration.class), values.properties());
        return schedule.definition();
    }

    @Test
    void theFeatureInstallsTheMetatypeDefaults() {
        MetatypeDefaults.assertFeatureDefaultsAreTheMetatypeDefaults(RentSchedule.PID);
    }

    @Test
    void paysTheClaimUpToTwoMillionOncePerEnterprise() {
        ScheduleDefinition rent = configured(DEFAULTS);
        registry.grant(GUANGZHOU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2024, 1, 1));

        Assessment first = assess(rent, registry, GUANGZHOU_FIRM, APPLIED, Map.of("claimed", "2000000"));
        assertThat(amount(first)).isEqualTo(Money.parse("2000000"));
        assertThatThrownBy(() -> assess(rent, registry, GUANGZHOU_FIRM, APPLIED, Map.of("claimed", "2000000.01")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("above the maximum of CNY 2,000,000.00");
        assertThat(failedConditions(assess(rent, registry, GUANGZHOU_FIRM, APPLIED.plusYears(1), Map.of("claimed", "1"),
                awarded(1, rent, first)))).containsExactly("once-per-enterprise");
    }

    @Test
    void theLowestTitleIsConfigurable() {
        registry.grant(GUANGZHOU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2024, 1, 1));

        assertThat(failedConditions(assess(configured(DEFAULTS.with("minimumTier", "LITTLE_GIANT")), registry, GUANGZHOU_FIRM,
                APPLIED, Map.of("claimed", "100")))).containsExactly("title-held");
    }

    @Test
    void refusesANegativeCap() {
        assertThatThrownBy(() -> configured(DEFAULTS.with("cap", "-1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claimed");
    }

    @Test
    void checksAProposedConfigurationWithoutPuttingItInForce() {
        RentSchedule schedule = new RentSchedule();
        schedule.configure(DEFAULTS.as(RentConfiguration.class), DEFAULTS.properties());
        ScheduleDefinition inForce = schedule.definition();

        ScheduleDefinition proposed = schedule.definitionFor(DEFAULTS.with("cap", "1500000").with("window.closes", "2026-06-30").properties());
        assertThat(proposed.window().closes()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(proposed.configuration().parameters()).containsEntry("cap", "1500000");
        assertThatThrownBy(() -> schedule.definitionFor(DEFAULTS.with("cap", "-1").properties()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(schedule.definition()).as("still the definition in force").isSameAs(inForce);
    }
}
