package org.cultivar.schedule.national.littlegiant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.schedule.testing.Applications.assess;
import static org.cultivar.schedule.testing.Applications.millions;
import static org.cultivar.schedule.testing.RegistryDouble.SHENZHEN_FIRM;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.registry.api.Tier;
import org.cultivar.schedule.testing.ConfigurationValues;
import org.cultivar.schedule.testing.MetatypeDefaults;
import org.cultivar.schedule.testing.RegistryDouble;
import org.cultivar.subsidy.api.AwardCalculation;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.Tranche;
import org.junit.jupiter.api.Test;

class LittleGiantScheduleTest {

    private static final ConfigurationValues DEFAULTS = ConfigurationValues.ofFeatureDefaults(LittleGiantSchedule.PID);
    private static final Map<String, String> SELECTED = Map.of("selectionNotice", "财建〔2024〕148号 第一批");
    private final RegistryDouble registry = new RegistryDouble();

    private static ScheduleDefinition configured(ConfigurationValues values) {
        LittleGiantSchedule schedule = new LittleGiantSchedule();
        schedule.configure(values.as(LittleGiantConfiguration.class), values.properties());
        return schedule.definition();
    }

    private AwardCalculation awardIn2024(ScheduleDefinition schedule) {
        registry.grant(SHENZHEN_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2023, 8, 15));
        return assess(schedule, registry, SHENZHEN_FIRM, LocalDate.of(2024, 5, 1), SELECTED).award().orElseThrow();
    }

    @Test
    void theFeatureInstallsTheMetatypeDefaults() {
        MetatypeDefaults.assertFeatureDefaultsAreTheMetatypeDefaults(LittleGiantSchedule.PID);
    }

    @Test
    void paysSixMillionInThreeYearlyTranchesTheLastAfterAReview() {
        assertThat(awardIn2024(configured(DEFAULTS)).plan().tranches()).containsExactly(
                new Tranche(1, millions("2"), 2024, false), new Tranche(2, millions("2"), 2025, false),
                new Tranche(3, millions("2"), 2026, true));
    }

    @Test
    void theTranchesAreConfigurable() {
        ScheduleDefinition twoTranches = configured(DEFAULTS.with("tranches", new String[] {"2:0", "1:2:review"}));

        assertThat(awardIn2024(twoTranches).plan().tranches()).containsExactly(
                new Tranche(1, millions("4"), 2024, false), new Tranche(2, millions("2"), 2026, true));
    }

    @Test
    void refusesAMalformedTranche() {
        assertThatThrownBy(() -> configured(DEFAULTS.with("tranches", new String[] {"1:0", "1:1:maybe"})))
                .hasMessageContaining("\"1:1:maybe\"");
    }
}
