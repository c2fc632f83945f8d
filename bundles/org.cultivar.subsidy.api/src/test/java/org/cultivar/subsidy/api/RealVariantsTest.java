package org.cultivar.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.subsidy.api.Fixtures.HUANGPU_FIRM;
import static org.cultivar.subsidy.api.Fixtures.SHENZHEN_FIRM;
import static org.cultivar.subsidy.api.Fixtures.millions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.ScienceAward;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.YearlyFigures;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's Guangzhou, Huangpu and national programmes, by configuration alone (see {@link RealVariants}). */
class RealVariantsTest {

    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private final FakeRegistry registry = Fixtures.registry();

    private Assessment apply(ScheduleDefinition schedule, LocalDate day, Map<String, String> fields, PriorAward... prior) {
        return schedule.assess(new ApplicationInput(HUANGPU_FIRM, day, fields), registry, PriorAwards.of(prior));
    }

    private static Money amount(Assessment assessment) {
        return assessment.award().orElseThrow(() -> new AssertionError(assessment.eligibility().failures())).amount();
    }

    /** What the engine reports afterwards for an award of this assessment. */
    private static PriorAward awarded(long id, ScheduleDefinition schedule, Assessment assessment) {
        return new PriorAward(id, schedule.id(), schedule.region(), schedule.purposes(),
                assessment.facts().basisTitle().map(Title::id).orElse(null), amount(assessment), assessment.input().fiscalYear());
    }

    @Test
    void cultivationPaysTheSpecializedAmountThenTopsUpOnPromotion() {
        ScheduleDefinition cultivation = RealVariants.cultivation(millions("0.5"), millions("2"));
        Title specialized = registry.grant(1, HUANGPU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2023, 3, 1));

        Assessment first = apply(cultivation, LocalDate.of(2023, 4, 1), Map.of());
        assertThat(amount(first)).isEqualTo(millions("0.5"));
        PriorAward paid = awarded(41, cultivation, first);
        assertThat(paid.titleId()).isEqualTo(specialized.id());

        Assessment again = apply(cultivation, LocalDate.of(2024, 4, 1), Map.of(), paid);
        assertThat(again.eligibility().failures()).extracting(ConditionResult::condition).containsExactly("once-per-title");

        registry.grant(2, HUANGPU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 1, 1));
        Assessment promoted = apply(cultivation, APPLIED, Map.of(), paid);
        assertThat(amount(promoted)).as("1.5 M more, not 2 M").isEqualTo(millions("1.5"));
        assertThat(amount(promoted).plus(paid.amount())).isEqualTo(millions("2"));
        assertThat(promoted.award().orElseThrow().steps()).extracting(CalculationStep::name).containsExactly("tier", "top-up", "rounded");
    }

    @Test
    void aLittleGiantWithoutEarlierCultivationReceivesTheFullAmount() {
        registry.grant(2, HUANGPU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 1, 1));

        assertThat(amount(apply(RealVariants.cultivation(millions("0.5"), millions("2")), APPLIED, Map.of()))).isEqualTo(millions("2"));
    }

    @Test
    void anotherRegionsFirmIsRefusedWithTheReason() {
        registry.grant(2, SHENZHEN_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 1, 1));

        Assessment assessment = RealVariants.cultivation(millions("0.5"), millions("2"))
                .assess(new ApplicationInput(SHENZHEN_FIRM, APPLIED, Map.of()), registry, PriorAwards.NONE);

        assertThat(assessment.eligibility().failures()).extracting(result -> result.explanation().zh())
                .containsExactly("企业注册地 440300 不属于本项目地区 440100");
    }

    @Test
    void rentPaysTheClaimUpToTwoMillionOnce() {
        registry.grant(1, HUANGPU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2024, 1, 1));
        ScheduleDefinition rent = RealVariants.rent(millions("2"));

        Assessment assessment = apply(rent, APPLIED, Map.of("claimed", "1,800,000.50"));
        assertThat(amount(assessment)).isEqualTo(Money.parse("1800000.50"));
        assertThatThrownBy(() -> apply(rent, APPLIED, Map.of("claimed", "2500000")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("claimed: CNY 2,500,000.00 is above the maximum of CNY 2,000,000.00");
        assertThat(apply(rent, APPLIED.plusYears(1), Map.of("claimed", "100"), awarded(9, rent, assessment)).eligibility().failures())
                .extracting(ConditionResult::condition).containsExactly("once-per-enterprise");
    }

    @Test
    void investmentIsFivePercentUpToOneHundredMillion() {
        registry.grant(1, HUANGPU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2024, 1, 1));
        ScheduleDefinition investment = RealVariants.investment(new BigDecimal("5"), millions("100"));

        assertThat(amount(apply(investment, APPLIED, Map.of("investment", "300000000")))).isEqualTo(millions("15"));
        assertThat(amount(apply(investment, APPLIED, Map.of("investment", "3000000000")))).isEqualTo(millions("100"));
        assertThat(amount(apply(investment, APPLIED, Map.of("investment", "333.33")))).as("16.6665 rounds half up once")
                .isEqualTo(Money.parse("16.67"));
    }

    @Test
    void huangpusSteppedTableTopsUpOnUpgrade() {
        registry.grant(1, HUANGPU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2024, 1, 1));
        ScheduleDefinition huangpu = RealVariants.huangpuInvestment(RealVariants.huangpuBands());

        Assessment first = apply(huangpu, LocalDate.of(2024, 6, 1), Map.of("investment", "600000000"));
        assertThat(amount(first)).isEqualTo(millions("10"));

        Assessment upgrade = apply(huangpu, APPLIED, Map.of("investment", "2500000000"), awarded(51, huangpu, first));
        assertThat(amount(upgrade)).as("the 2 bn band's 30 M less the 10 M paid").isEqualTo(millions("20"));

        Assessment top = apply(huangpu, APPLIED.plusYears(1), Map.of("investment", "20000000000"),
                awarded(51, huangpu, first), awarded(52, huangpu, upgrade));
        assertThat(amount(top)).as("capped at 100 M in all").isEqualTo(millions("70"));
    }

    @Test
    void relocationNeedsALittleGiantThatMovedInSinceTheDayAndProducesEnoughPerMu() {
        ScheduleDefinition relocation = RealVariants.relocation(LocalDate.of(2024, 1, 1), millions("3"), millions("2"));
        registry.grant(2, HUANGPU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2023, 9, 1));
        registry.figures(HUANGPU_FIRM, new YearlyFigures(2024, 300, 40, millions("90"), null, null, null, null, null, null, null, null,
                null, null, ScienceAward.NONE));

        Assessment relocated = apply(relocation, APPLIED, Map.of("relocatedOn", "2024-05-01", "landMu", "30"));
        assertThat(amount(relocated)).isEqualTo(millions("2"));
        assertThat(relocated.facts().figures()).extracting(YearlyFigures::fiscalYear).containsExactly(2024);
        assertThat(apply(relocation, APPLIED, Map.of("relocatedOn", "2023-05-01", "landMu", "31")).eligibility().failures())
                .extracting(ConditionResult::condition).containsExactly("relocated-since", "output-per-mu");
        assertThatThrownBy(() -> apply(relocation, APPLIED, Map.of("relocatedOn", "2025-07-01", "landMu", "30")))
                .hasMessage("relocatedOn: 2025-07-01 is after the application date 2025-06-01");
        assertThatThrownBy(() -> apply(relocation, APPLIED, Map.of())).hasMessage("relocatedOn: is required; landMu: is required");
    }

    @Test
    void technologyAndTalentPayTheClaimUpToTheirCaps() {
        registry.grant(1, HUANGPU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2024, 1, 1));
        ScheduleDefinition technology = RealVariants.technology(millions("0.5"));
        ScheduleDefinition talent = RealVariants.talent(millions("0.2"));

        assertThat(amount(apply(technology, APPLIED, Map.of("claimed", "500000")))).isEqualTo(millions("0.5"));
        assertThatThrownBy(() -> apply(technology, APPLIED, Map.of("claimed", "500000.01"))).hasMessageContaining("above the maximum");

        Assessment spring = apply(talent, LocalDate.of(2025, 3, 1), Map.of("claimed", "150000"));
        Assessment autumn = apply(talent, LocalDate.of(2025, 9, 1), Map.of("claimed", "150000"), awarded(61, talent, spring));
        assertThat(amount(autumn)).as("what is left of the year's 0.2 M").isEqualTo(millions("0.05"));
        Assessment nextYear = apply(talent, LocalDate.of(2026, 3, 1), Map.of("claimed", "150000"),
                awarded(61, talent, spring), awarded(62, talent, autumn));
        assertThat(amount(nextYear)).isEqualTo(millions("0.15"));
    }

    @Test
    void aNewLittleGiantGetsOneMillionWithoutApplying() {
        ScheduleDefinition noApplication = RealVariants.newLittleGiant(LocalDate.of(2025, 1, 1), millions("1"));
        Title granted = registry.grant(7, HUANGPU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 8, 15));

        assertThat(noApplication.draftsOnGrantOf(granted.tier())).isTrue();
        Assessment draft = noApplication.assess(ApplicationInput.withoutFields(HUANGPU_FIRM, granted.grantDate()), registry, PriorAwards.NONE);

        assertThat(amount(draft)).isEqualTo(millions("1"));
        assertThat(draft.facts().basisTitle()).contains(granted);
    }

    @Test
    void aLittleGiantCertifiedBeforeTheMeasuresGetsNoNewAward() {
        registry.grant(7, HUANGPU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2024, 8, 15));

        Assessment draft = RealVariants.newLittleGiant(LocalDate.of(2025, 1, 1), millions("1"))
                .assess(ApplicationInput.withoutFields(HUANGPU_FIRM, LocalDate.of(2025, 8, 15)), registry, PriorAwards.NONE);

        assertThat(draft.award()).isEmpty();
    }

    @Test
    void nationalSupportIsSixMillionInThreeTranchesTheLastAfterAReview() {
        registry.grant(7, HUANGPU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2023, 8, 15));
        ScheduleDefinition national = RealVariants.national(millions("6"), 3);

        AwardCalculation award = apply(national, LocalDate.of(2024, 5, 1), Map.of()).award().orElseThrow();

        assertThat(national.region()).isEqualTo(RegionCode.NATIONAL);
        assertThat(award.amount()).isEqualTo(millions("6"));
        assertThat(award.plan().tranches()).containsExactly(
                new Tranche(1, millions("2"), 2024, false), new Tranche(2, millions("2"), 2025, false),
                new Tranche(3, millions("2"), 2026, true));
    }

    @Test
    void theSameProgrammesWithAnotherRegionsParametersNeedNoCode() {
        registry.grant(1, HUANGPU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2024, 1, 1));

        assertThat(amount(apply(RealVariants.cultivation(millions("0.3"), millions("1")), APPLIED, Map.of()))).isEqualTo(millions("0.3"));
        assertThat(amount(apply(RealVariants.investment(new BigDecimal("2.5"), millions("10")), APPLIED, Map.of("investment", "100000000"))))
                .isEqualTo(millions("2.5"));
        assertThat(RealVariants.cultivation(millions("0.5"), millions("2")).purposes()).isEqualTo(Set.of("cultivation"));
    }
}
