package org.cultivar.schedule.guangzhou.newgiant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.schedule.testing.Applications.amount;
import static org.cultivar.schedule.testing.Applications.millions;
import static org.cultivar.schedule.testing.RegistryDouble.GUANGZHOU_FIRM;

import java.time.LocalDate;

import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.schedule.testing.ConfigurationValues;
import org.cultivar.schedule.testing.MetatypeDefaults;
import org.cultivar.schedule.testing.RegistryDouble;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.PriorAwards;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.junit.jupiter.api.Test;

class NewGiantScheduleTest {

    private static final ConfigurationValues DEFAULTS = ConfigurationValues.ofFeatureDefaults(NewGiantSchedule.PID);
    private final RegistryDouble registry = new RegistryDouble();

    private static ScheduleDefinition configured(ConfigurationValues values) {
        NewGiantSchedule schedule = new NewGiantSchedule();
        schedule.configure(values.as(NewGiantConfiguration.class), values.properties());
        return schedule.definition();
    }

    /** What the engine does when the registry grants a title: a draft without fields, dated the grant. */
    private Assessment draftOnGrant(ScheduleDefinition schedule, Title granted) {
        return schedule.assess(ApplicationInput.withoutFields(granted.enterprise(), granted.grantDate()), registry, PriorAwards.NONE);
    }

    @Test
    void theFeatureInstallsTheMetatypeDefaults() {
        MetatypeDefaults.assertFeatureDefaultsAreTheMetatypeDefaults(NewGiantSchedule.PID);
    }

    @Test
    void aNewLittleGiantIsDraftedOneMillionWithoutApplying() {
        ScheduleDefinition newGiant = configured(DEFAULTS);
        Title granted = registry.grant(GUANGZHOU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 9, 15));

        assertThat(newGiant.draftsOnGrantOf(Tier.LITTLE_GIANT)).isTrue();
        assertThat(newGiant.draftsOnGrantOf(Tier.SPECIALIZED_SME)).isFalse();
        assertThat(amount(draftOnGrant(newGiant, granted))).isEqualTo(millions("1"));
    }

    @Test
    void aLittleGiantCertifiedBeforeTheMeasuresIsNotNew() {
        Title granted = registry.grant(GUANGZHOU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 8, 22));

        assertThat(draftOnGrant(configured(DEFAULTS), granted).award()).isEmpty();
    }

    @Test
    void refusesANegativeAmount() {
        assertThatThrownBy(() -> configured(DEFAULTS.with("amount", "-1000000"))).hasMessageContaining("never negative");
    }
}
