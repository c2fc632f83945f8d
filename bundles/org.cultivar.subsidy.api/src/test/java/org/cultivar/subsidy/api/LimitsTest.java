package org.cultivar.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.subsidy.api.Fixtures.HUANGPU_FIRM;
import static org.cultivar.subsidy.api.Fixtures.millions;
import static org.cultivar.subsidy.api.Fixtures.prior;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.junit.jupiter.api.Test;

class LimitsTest {

    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private final FakeRegistry registry = Fixtures.registry();

    private ApplicationContext context(PriorAward... prior) {
        return Fixtures.context(registry, ApplicationForm.of(), Map.of(), APPLIED, PriorAwards.of(prior));
    }

    @Test
    void unlimitedAddsNoCondition() {
        assertThat(Limits.unlimited().checkOnce(context(prior(1, "test.schedule", "rent", null, millions("1"), 2024)))).isEmpty();
    }

    @Test
    void oncePerEnterpriseLooksAtThisScheduleOnly() {
        assertThat(Limits.oncePerEnterprise().checkOnce(context(prior(1, "other.schedule", "rent", null, millions("1"), 2024))))
                .hasValueSatisfying(result -> assertThat(result.met()).isTrue());
        assertThat(Limits.oncePerEnterprise().checkOnce(context(prior(7, "test.schedule", "rent", null, millions("1"), 2024))))
                .hasValueSatisfying(result -> {
                    assertThat(result.met()).isFalse();
                    assertThat(result.explanation().en()).isEqualTo("Already awarded under this schedule (award 7); once per enterprise");
                    assertThat(result.explanation().zh()).contains("每家企业限一次");
                });
    }

    @Test
    void oncePerTitleLetsANewTitleQualifyAgain() {
        Title specialized = registry.grant(10, HUANGPU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2023, 1, 1));
        Limits limits = Limits.oncePerTitle(Tier.SPECIALIZED_SME);

        assertThat(limits.checkOnce(context(prior(1, "test.schedule", "cultivation", specialized.id(), millions("0.5"), 2023))))
                .hasValueSatisfying(result -> assertThat(result.explanation().en())
                        .isEqualTo("Title 10 was already awarded under this schedule (award 1); once per title"));

        registry.grant(11, HUANGPU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 1, 1));
        assertThat(limits.checkOnce(context(prior(1, "test.schedule", "cultivation", specialized.id(), millions("0.5"), 2023))))
                .hasValueSatisfying(result -> assertThat(result.met()).isTrue());
    }

    @Test
    void oncePerTitleLeavesAMissingTitleToTheTitleCondition() {
        assertThat(Limits.oncePerTitle(Tier.LITTLE_GIANT).checkOnce(context()))
                .hasValueSatisfying(result -> assertThat(result.met()).isTrue());
    }

    @Test
    void theYearlyCapCountsThisYearsAwardsUnderThisSchedule() {
        Limits limits = Limits.unlimited().withYearlyCap(millions("0.2"));
        Calculation claimed = Calculation.start("claimed", new BigDecimal("150000"), new BigDecimal("150000"), BilingualText.of("申请", "claimed"));

        Calculation capped = limits.capYearly(claimed, context(
                prior(1, "test.schedule", "talent", null, millions("0.1"), 2025),
                prior(2, "test.schedule", "talent", null, millions("0.1"), 2024),
                prior(3, "other.schedule", "talent", null, millions("0.1"), 2025)));

        assertThat(capped.amount()).isEqualByComparingTo("100000");
        assertThat(capped.steps().get(1).text().en())
                .isEqualTo("Yearly cap per enterprise CNY 200,000.00, already awarded in 2025: CNY 100,000.00");
        assertThat(limits.capYearly(claimed, context(prior(1, "test.schedule", "talent", null, millions("0.3"), 2025))).amount())
                .isEqualByComparingTo("0");
        assertThat(Limits.unlimited().capYearly(claimed, context())).isSameAs(claimed);
    }

    @Test
    void refusesInconsistentLimits() {
        assertThatThrownBy(() -> new Limits(Limits.Once.PER_ENTERPRISE, Tier.LITTLE_GIANT, null)).hasMessageContaining("title tier");
        assertThatThrownBy(() -> new Limits(Limits.Once.PER_TITLE, null, null)).hasMessageContaining("title tier");
        assertThatThrownBy(() -> Limits.unlimited().withYearlyCap(millions("0"))).hasMessageContaining("positive");
    }
}
