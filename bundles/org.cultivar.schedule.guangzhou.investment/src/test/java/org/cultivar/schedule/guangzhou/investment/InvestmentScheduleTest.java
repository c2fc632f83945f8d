package org.cultivar.schedule.guangzhou.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.schedule.testing.Applications.amount;
import static org.cultivar.schedule.testing.Applications.assess;
import static org.cultivar.schedule.testing.Applications.awarded;
import static org.cultivar.schedule.testing.Applications.millions;
import static org.cultivar.schedule.testing.RegistryDouble.GUANGZHOU_FIRM;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;

import org.cultivar.registry.api.Tier;
import org.cultivar.schedule.testing.ConfigurationValues;
import org.cultivar.schedule.testing.MetatypeDefaults;
import org.cultivar.schedule.testing.RegistryDouble;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.PriorAward;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvestmentScheduleTest {

    private static final ConfigurationValues DEFAULTS = ConfigurationValues.ofFeatureDefaults(InvestmentSchedule.PID);
    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private final RegistryDouble registry = new RegistryDouble();

    private static ScheduleDefinition configured(ConfigurationValues values) {
        InvestmentSchedule schedule = new InvestmentSchedule();
        schedule.configure(values.as(InvestmentConfiguration.class), values.properties());
        return schedule.definition();
    }

    /** An application for the investment, with the earlier assessments as approved awards. */
    private Assessment investing(ScheduleDefinition schedule, LocalDate day, String yuan, Assessment... earlier) {
        PriorAward[] awards = IntStream.range(0, earlier.length).mapToObj(i -> awarded(i + 1, schedule, earlier[i]))
                .toArray(PriorAward[]::new);
        return assess(schedule, registry, GUANGZHOU_FIRM, day, Map.of("investment", yuan), awards);
    }

    @BeforeEach
    void aLittleGiant() {
        registry.grant(GUANGZHOU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2024, 1, 1));
    }

    @Test
    void theFeatureInstallsTheMetatypeDefaults() {
        MetatypeDefaults.assertFeatureDefaultsAreTheMetatypeDefaults(InvestmentSchedule.PID);
    }

    @Test
    void paysFivePercentUpToOneHundredMillion() {
        ScheduleDefinition investment = configured(DEFAULTS);

        assertThat(amount(investing(investment, APPLIED, "300000000"))).isEqualTo(millions("15"));
        assertThat(amount(investing(investment, APPLIED, "3000000000"))).isEqualTo(millions("100"));
    }

    @Test
    void switchedToSteppedItPaysHuangpusBandsToppedUpOnUpgrade() {
        ScheduleDefinition huangpu = configured(DEFAULTS.with("mode", "STEPPED"));

        Assessment first = investing(huangpu, LocalDate.of(2024, 6, 1), "600000000");
        Assessment upgrade = investing(huangpu, APPLIED, "2500000000", first);
        Assessment top = investing(huangpu, APPLIED.plusYears(1), "20000000000", first, upgrade);

        assertThat(amount(first)).isEqualTo(millions("10"));
        assertThat(amount(upgrade)).as("the 2 bn band's 30 M less the 10 M paid").isEqualTo(millions("20"));
        assertThat(amount(top)).as("100 M in all").isEqualTo(millions("70"));
    }

    @Test
    void refusesMalformedBandsAndPercents() {
        assertThatThrownBy(() -> configured(DEFAULTS.with("mode", "STEPPED").with("bands", new String[] {"100000000=5000000"})))
                .hasMessageContaining("\"100000000=5000000\"");
        assertThatThrownBy(() -> configured(DEFAULTS.with("mode", "STEPPED").with("bands", new String[] {"2:1", "1:2"})))
                .hasMessageContaining("Band 2 must start above band 1");
        assertThatThrownBy(() -> configured(DEFAULTS.with("percent", "5%"))).hasMessageContaining("\"5%\"");
        assertThatThrownBy(() -> configured(DEFAULTS.with("percent", "150"))).hasMessageContaining("at most 100");
    }
}
