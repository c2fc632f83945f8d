package org.cultivar.schedule.guangzhou.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.schedule.testing.Applications.amount;
import static org.cultivar.schedule.testing.Applications.assess;
import static org.cultivar.schedule.testing.Applications.awarded;
import static org.cultivar.schedule.testing.Applications.failedConditions;
import static org.cultivar.schedule.testing.Applications.millions;
import static org.cultivar.schedule.testing.RegistryDouble.GUANGZHOU_FIRM;
import static org.cultivar.schedule.testing.RegistryDouble.SHENZHEN_FIRM;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.registry.api.Tier;
import org.cultivar.schedule.testing.ConfigurationValues;
import org.cultivar.schedule.testing.MetatypeDefaults;
import org.cultivar.schedule.testing.RegistryDouble;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.PriorAward;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.junit.jupiter.api.Test;

class CultivationScheduleTest {

    private static final ConfigurationValues DEFAULTS = ConfigurationValues.ofFeatureDefaults(CultivationSchedule.PID);
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
    void paysHalfAMillionThenTopsUpToTwoMillionOnPromotion() {
        ScheduleDefinition cultivation = configured(DEFAULTS);
        registry.grant(GUANGZHOU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2023, 3, 1));
        Assessment specialized = assess(cultivation, registry, GUANGZHOU_FIRM, LocalDate.of(2023, 4, 1), Map.of());
        assertThat(amount(specialized)).isEqualTo(millions("0.5"));
        PriorAward paid = awarded(1, cultivation, specialized);

        registry.grant(GUANGZHOU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 1, 1));

        assertThat(amount(assess(cultivation, registry, GUANGZHOU_FIRM, LocalDate.of(2025, 6, 1), Map.of(), paid)))
                .isEqualTo(millions("1.5"));
        assertThat(cultivation.configuration().parameters()).containsEntry("littleGiantAmount", "2000000");
    }

    @Test
    void withoutTopUpAPromotedFirmReceivesTheFullHigherAward() {
        ScheduleDefinition cultivation = configured(DEFAULTS.with("topUpOnPromotion", false));
        registry.grant(GUANGZHOU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 1, 1));
        PriorAward earlier = new PriorAward(1, cultivation.id(), cultivation.region(), cultivation.purposes(), 99L, millions("0.5"), 2023);

        assertThat(amount(assess(cultivation, registry, GUANGZHOU_FIRM, LocalDate.of(2025, 6, 1), Map.of(), earlier)))
                .isEqualTo(millions("2"));
    }

    @Test
    void aShenzhenFirmIsOutsideTheRegion() {
        registry.grant(SHENZHEN_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 1, 1));

        assertThat(failedConditions(assess(configured(DEFAULTS), registry, SHENZHEN_FIRM, LocalDate.of(2025, 6, 1), Map.of())))
                .containsExactly("registered-in-region");
    }

    @Test
    void refusesAnAmountThatIsNotYuan() {
        assertThatThrownBy(() -> configured(DEFAULTS.with("littleGiantAmount", "2e6")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"2e6\"");
        assertThatThrownBy(() -> configured(DEFAULTS.with("window.opens", "2025-13-01")))
                .hasMessageContaining("2025-13-01");
    }
}
