package org.cultivar.schedule.shenzhen.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.schedule.testing.Applications.amount;
import static org.cultivar.schedule.testing.Applications.assess;
import static org.cultivar.schedule.testing.Applications.millions;
import static org.cultivar.schedule.testing.RegistryDouble.SHENZHEN_FIRM;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.Tier;
import org.cultivar.schedule.testing.ConfigurationValues;
import org.cultivar.schedule.testing.MetatypeDefaults;
import org.cultivar.schedule.testing.RegistryDouble;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.junit.jupiter.api.Test;

class EquipmentScheduleTest {

    private static final ConfigurationValues DEFAULTS = ConfigurationValues.ofFeatureDefaults(EquipmentSchedule.PID);
    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private final RegistryDouble registry = new RegistryDouble();

    private static ScheduleDefinition configured(ConfigurationValues values) {
        EquipmentSchedule schedule = new EquipmentSchedule();
        schedule.configure(values.as(EquipmentConfiguration.class), values.properties());
        return schedule.definition();
    }

    private static Map<String, String> spending(String yuan) {
        return Map.of("project", "数控产线更新", "equipmentSpend", yuan);
    }

    @Test
    void theFeatureInstallsTheMetatypeDefaults() {
        MetatypeDefaults.assertFeatureDefaultsAreTheMetatypeDefaults(EquipmentSchedule.PID);
    }

    @Test
    void paysTwentyPercentOfTheSpendUpToFifteenMillion() {
        ScheduleDefinition equipment = configured(DEFAULTS);
        registry.grant(SHENZHEN_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2024, 1, 1));

        assertThat(amount(assess(equipment, registry, SHENZHEN_FIRM, APPLIED, spending("10000000")))).isEqualTo(millions("2"));
        assertThat(amount(assess(equipment, registry, SHENZHEN_FIRM, APPLIED, spending("90000000")))).isEqualTo(millions("15"));
        assertThatThrownBy(() -> assess(equipment, registry, SHENZHEN_FIRM, APPLIED, spending("6999999.99")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("below the minimum of CNY 7,000,000.00");
    }

    @Test
    void refusesAMinimumAboveWhatIsPlausible() {
        assertThatThrownBy(() -> configured(DEFAULTS.with("minimumSpend", "100000000000.01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 ≤ min ≤ max");
    }
}
