package org.cultivar.schedule.shenzhen.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.schedule.testing.Applications.amount;
import static org.cultivar.schedule.testing.Applications.assess;
import static org.cultivar.schedule.testing.Applications.failedConditions;
import static org.cultivar.schedule.testing.Applications.millions;
import static org.cultivar.schedule.testing.RegistryDouble.GUANGZHOU_FIRM;
import static org.cultivar.schedule.testing.RegistryDouble.SHENZHEN_FIRM;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.Tier;
import org.cultivar.schedule.testing.ConfigurationValues;
import org.cultivar.schedule.testing.MetatypeDefaults;
import org.cultivar.schedule.testing.RegistryDouble;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.junit.jupiter.api.Test;

/** Shenzhen's schedule is Guangzhou's programme in another folder: its own id, region and configuration. */
class CultivationScheduleTest {

    private static final ConfigurationValues DEFAULTS = ConfigurationValues.ofFeatureDefaults(CultivationSchedule.PID);
    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private final RegistryDouble registry = new RegistryDouble();

    private static ScheduleDefinition configured(ConfigurationValues values) {
        CultivationSchedule schedule = new CultivationSchedule();
        schedule.configure(values.as(CultivationConfiguration.class), values.properties());
        return schedule.definition();
    }

    @Test
    void theFeatureInstallsTheMetatypeDefaults() {
        MetatypeDefaults.assertFeatureDefaultsAreTheMetatypeDefaults(CultivationSchedule.PID);
    }

    @Test
    void paysShenzhensDemoAmountsToShenzhenFirmsOnly() {
        ScheduleDefinition cultivation = configured(DEFAULTS);
        registry.grant(SHENZHEN_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 1, 1));
        registry.grant(GUANGZHOU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 1, 1));

        assertThat(cultivation.id()).isEqualTo("shenzhen.cultivation");
        assertThat(cultivation.region()).isEqualTo(RegionCode.of("440300"));
        assertThat(amount(assess(cultivation, registry, SHENZHEN_FIRM, APPLIED, Map.of()))).isEqualTo(millions("3"));
        assertThat(failedConditions(assess(cultivation, registry, GUANGZHOU_FIRM, APPLIED, Map.of())))
                .containsExactly("registered-in-region");
    }
}
