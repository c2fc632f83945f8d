package org.cultivar.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.subsidy.api.Fixtures.HUANGPU_FIRM;
import static org.cultivar.subsidy.api.Fixtures.yuan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cultivar.core.api.security.RegionCode;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void anApplicationInputIsTheSameWhateverOrderItsFieldsCameIn() {
        Map<String, String> entered = new LinkedHashMap<>();
        entered.put("b", "2");
        entered.put("a", "1");

        ApplicationInput input = new ApplicationInput(HUANGPU_FIRM, LocalDate.of(2025, 6, 1), entered);

        assertThat(input.fields().keySet()).containsExactly("a", "b");
        assertThat(input).isEqualTo(new ApplicationInput(HUANGPU_FIRM, LocalDate.of(2025, 6, 1), Map.of("a", "1", "b", "2")));
        assertThat(input.fiscalYear()).isEqualTo(2025);
    }

    @Test
    void amountsReadAsOfficialsWriteThem() {
        assertThat(MoneyText.en(yuan("2000000"))).isEqualTo("CNY 2,000,000.00");
        assertThat(MoneyText.zh(yuan("1234.5"))).isEqualTo("1,234.50元");
    }

    @Test
    void anAwardsTranchesMustSumToIt() {
        InstalmentPlan plan = new InstalmentPlan(List.of(new Tranche(1, yuan("1"), 2025, false)));

        assertThatThrownBy(() -> new AwardCalculation(yuan("2"), List.of(), plan))
                .hasMessage("The tranches sum to 1.00, not to the award 2.00");
        assertThatThrownBy(() -> new Tranche(1, yuan("-1"), 2025, false)).hasMessageContaining("never negative");
        assertThatThrownBy(() -> new InstalmentPlan(List.of())).hasMessageContaining("at least one tranche");
    }

    @Test
    void anAssessmentHasAnAwardExactlyWhenEligible() {
        ApplicationInput input = ApplicationInput.withoutFields(HUANGPU_FIRM, LocalDate.of(2025, 6, 1));
        RegistryFacts facts = new RegistryFacts(Fixtures.enterprise(HUANGPU_FIRM, RegionCode.of("440112")), List.of(), List.of());
        Eligibility eligible = new Eligibility(List.of(ConditionResult.met("x", "是", "yes")));
        ScheduleConfiguration configuration = new ScheduleConfiguration(new TreeMap<>());

        assertThatThrownBy(() -> new Assessment("a.b", configuration, input, facts, eligible, Optional.empty()))
                .hasMessage("An award goes with eligibility, and only with it");
        assertThat(facts.basisTitle()).isEmpty();
    }

    @Test
    void anApplicationWindowMustOpenBeforeItCloses() {
        assertThatThrownBy(() -> new ApplicationWindow(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)))
                .hasMessage("The application window closes on 2025-01-31, before it opens on 2025-02-01");
        assertThat(ApplicationWindow.ALWAYS.problemWith(LocalDate.of(1990, 1, 1))).isEmpty();
        assertThat(new ApplicationWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)).problemWith(LocalDate.of(2025, 1, 1)))
                .as("both ends inclusive").isEmpty();
    }
}
