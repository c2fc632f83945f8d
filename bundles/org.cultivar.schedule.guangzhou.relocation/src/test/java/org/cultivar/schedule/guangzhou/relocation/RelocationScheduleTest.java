package org.cultivar.schedule.guangzhou.relocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.schedule.testing.Applications.amount;
import static org.cultivar.schedule.testing.Applications.assess;
import static org.cultivar.schedule.testing.Applications.failedConditions;
import static org.cultivar.schedule.testing.Applications.millions;
import static org.cultivar.schedule.testing.RegistryDouble.GUANGZHOU_FIRM;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.registry.api.Tier;
import org.cultivar.schedule.testing.ConfigurationValues;
import org.cultivar.schedule.testing.MetatypeDefaults;
import org.cultivar.schedule.testing.RegistryDouble;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelocationScheduleTest {

    private static final ConfigurationValues DEFAULTS = ConfigurationValues.ofFeatureDefaults(RelocationSchedule.PID);
    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private final RegistryDouble registry = new RegistryDouble();

    private static ScheduleDefinition configured(ConfigurationValues values) {
        RelocationSchedule schedule = new RelocationSchedule();
        schedule.configure(values.as(RelocationConfiguration.class), values.properties());
        return schedule.definition();
    }

    @BeforeEach
    void aLittleGiantWithNinetyMillionRevenue() {
        registry.grant(GUANGZHOU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2023, 9, 1));
        registry.revenue(2024, millions("90"));
    }

    @Test
    void theFeatureInstallsTheMetatypeDefaults() {
        MetatypeDefaults.assertFeatureDefaultsAreTheMetatypeDefaults(RelocationSchedule.PID);
    }

    @Test
    void paysTwoMillionToARelocatedLittleGiantProducingFifteenMillionPerMu() {
        ScheduleDefinition relocation = configured(DEFAULTS);

        assertThat(amount(assess(relocation, registry, GUANGZHOU_FIRM, APPLIED, Map.of("relocatedOn", "2024-05-01", "landMu", "6"))))
                .isEqualTo(millions("2"));
        assertThat(failedConditions(assess(relocation, registry, GUANGZHOU_FIRM, APPLIED,
                Map.of("relocatedOn", "2021-09-16", "landMu", "7")))).containsExactly("relocated-since", "output-per-mu");
    }

    @Test
    void withoutAMinimumOutputTheLandAreaIsNotAsked() {
        ScheduleDefinition relocation = configured(DEFAULTS.with("minimumOutputPerMu", ""));

        assertThat(relocation.form().field("landMu")).isEmpty();
        assertThat(amount(assess(relocation, registry, GUANGZHOU_FIRM, APPLIED, Map.of("relocatedOn", "2024-05-01"))))
                .isEqualTo(millions("2"));
    }

    @Test
    void refusesADayThatIsNotADate() {
        assertThatThrownBy(() -> configured(DEFAULTS.with("relocatedSince", "2021/09/17"))).hasMessageContaining("2021/09/17");
    }
}
