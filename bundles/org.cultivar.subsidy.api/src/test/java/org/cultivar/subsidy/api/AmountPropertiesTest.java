package org.cultivar.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.subsidy.api.Fixtures.HUANGPU_FIRM;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.rules.Capped;
import org.cultivar.subsidy.api.rules.ClaimedAmount;
import org.cultivar.subsidy.api.rules.FixedAmountByTier;
import org.cultivar.subsidy.api.rules.PercentageOf;
import org.cultivar.subsidy.api.rules.SteppedTable;
import org.cultivar.subsidy.api.rules.TopUp;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** What must hold for every amount, not just the examples. */
class AmountPropertiesTest {

    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private static final Money FIELD_MAX = Money.ofYuan(new BigDecimal("1000000000000"));
    private static final BilingualText LABEL = BilingualText.of("基数", "Base");

    private static FakeRegistry registryWith(Tier tier) {
        FakeRegistry registry = Fixtures.registry();
        registry.grant(1, HUANGPU_FIRM, tier, LocalDate.of(2024, 1, 1));
        return registry;
    }

    private static ScheduleDefinition schedule(AmountRule amount, String... purposes) {
        return ScheduleDefinition.builder("test.schedule", Fixtures.GUANGZHOU).name("测试", "Test").legalBasis("依据", "Basis")
                .purposes(purposes).form(new MoneyField("base", LABEL, true, Money.ZERO, FIELD_MAX, 2)).amount(amount).build();
    }

    private static Assessment assess(ScheduleDefinition schedule, Money base, FakeRegistry registry, PriorAwards prior) {
        return schedule.assess(new ApplicationInput(HUANGPU_FIRM, APPLIED, Map.of("base", base.toString())), registry, prior);
    }

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.longs().between(0, FIELD_MAX.fen()).map(Money::ofFen);
    }

    @Provide
    Arbitrary<BigDecimal> percents() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("100")).ofScale(4);
    }

    @Property
    void aCappedPercentageIsNeverNegativeNorAboveTheCap(@ForAll("amounts") Money base, @ForAll("percents") BigDecimal percent,
                                                        @ForAll("amounts") Money cap) {
        Assessment assessment = assess(schedule(new Capped(new PercentageOf("base", percent), cap)), base,
                registryWith(Tier.SPECIALIZED_SME), PriorAwards.NONE);

        BigDecimal expected = base.yuan().multiply(percent).movePointLeft(2).min(cap.yuan()).setScale(2, RoundingMode.HALF_UP);
        assertThat(assessment.award().map(AwardCalculation::amount).orElse(Money.ZERO).yuan()).isEqualByComparingTo(expected);
        assessment.award().ifPresent(award -> {
            assertThat(award.amount().isNegative()).isFalse();
            assertThat(award.amount()).isLessThanOrEqualTo(cap);
        });
    }

    @Property
    void aClaimUpToACapIsPaidToTheFenAndNeverBeyond(@ForAll("amounts") Money claimed, @ForAll("amounts") Money cap) {
        Assessment assessment = assess(schedule(new Capped(new ClaimedAmount("base"), cap)), claimed,
                registryWith(Tier.SPECIALIZED_SME), PriorAwards.NONE);

        assertThat(assessment.award().map(AwardCalculation::amount).orElse(Money.ZERO)).isEqualTo(claimed.min(cap));
    }

    @Property
    void aSteppedTableNeverPaysMoreForLessNorAboveItsTopBand(@ForAll("amounts") Money smaller, @ForAll("amounts") Money larger) {
        SteppedTable huangpu = new SteppedTable("base", RealVariants.huangpuBands());
        Money low = smaller.min(larger);
        Money high = smaller.max(larger);
        ScheduleDefinition schedule = schedule(huangpu);
        FakeRegistry registry = registryWith(Tier.SPECIALIZED_SME);

        Money lowAmount = assess(schedule, low, registry, PriorAwards.NONE).award().map(AwardCalculation::amount).orElse(Money.ZERO);
        Money highAmount = assess(schedule, high, registry, PriorAwards.NONE).award().map(AwardCalculation::amount).orElse(Money.ZERO);

        assertThat(lowAmount).isLessThanOrEqualTo(highAmount);
        assertThat(highAmount).isLessThanOrEqualTo(Fixtures.millions("100"));
        assertThat(lowAmount.isNegative()).isFalse();
    }

    @Property
    void aTopUpAndTheEarlierAwardsNeverExceedTheHigherAmount(@ForAll("amounts") Money specialized, @ForAll("amounts") Money littleGiant,
                                                           @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 3_000_000) Integer> earlierYuan) {
        ScheduleDefinition cultivation = ScheduleDefinition.builder("test.schedule", Fixtures.GUANGZHOU).name("测试", "Test")
                .legalBasis("依据", "Basis").purposes("cultivation")
                .amount(new TopUp(new FixedAmountByTier(Map.of(Tier.SPECIALIZED_SME, specialized, Tier.LITTLE_GIANT, littleGiant)), "cultivation"))
                .build();
        List<PriorAward> earlier = IntStream.range(0, earlierYuan.size()).mapToObj(i -> Fixtures.prior(i, "test.schedule", "cultivation",
                (long) i + 100, Money.ofYuan(BigDecimal.valueOf(earlierYuan.get(i))), 2024)).toList();
        Money earlierTotal = PriorAwards.total(earlier);

        Assessment assessment = cultivation.assess(ApplicationInput.withoutFields(HUANGPU_FIRM, APPLIED),
                registryWith(Tier.LITTLE_GIANT), new PriorAwards(earlier));

        Money topUp = assessment.award().map(AwardCalculation::amount).orElse(Money.ZERO);
        assertThat(topUp.isNegative()).isFalse();
        assertThat(topUp.plus(earlierTotal)).isEqualTo(littleGiant.max(earlierTotal));
        if (earlierTotal.compareTo(littleGiant) <= 0) {
            assertThat(topUp.plus(earlierTotal)).isLessThanOrEqualTo(littleGiant);
        }
    }

    @Property
    void tranchesAlwaysSumExactlyToTheAward(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int fen,
                                            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 1000) Integer> weights) {
        Money total = Money.ofFen(fen * 997L);
        InstalmentTerms terms = new InstalmentTerms(weights.stream().map(weight -> new TrancheTerm(weight, 0, false)).toList());

        InstalmentPlan plan = terms.split(total, 2025);

        assertThat(plan.total()).isEqualTo(total);
        assertThat(plan.tranches()).hasSize(weights.size()).allSatisfy(tranche -> assertThat(tranche.amount().isNegative()).isFalse());
        long allWeights = weights.stream().mapToLong(Integer::longValue).sum();
        for (int i = 0; i < weights.size() - 1; i++) {
            BigDecimal share = total.yuan().multiply(BigDecimal.valueOf(weights.get(i))).divide(BigDecimal.valueOf(allWeights), 10, RoundingMode.DOWN);
            assertThat(plan.tranches().get(i).amount().yuan()).isLessThanOrEqualTo(share)
                    .isGreaterThan(share.subtract(new BigDecimal("0.01")));
        }
    }

    @Property
    void identicalInputsGiveIdenticalAssessments(@ForAll("amounts") Money base, @ForAll("percents") BigDecimal percent,
                                                 @ForAll @IntRange(min = 0, max = 2_000_000) int earlierYuan) {
        ScheduleDefinition schedule = schedule(new TopUp(new Capped(new PercentageOf("base", percent), Fixtures.millions("100")), "investment"),
                "investment");
        PriorAwards prior = PriorAwards.of(Fixtures.prior(1, "test.schedule", "investment", 1L, Money.ofYuan(BigDecimal.valueOf(earlierYuan)), 2024));

        Assessment first = assess(schedule, base, registryWith(Tier.SPECIALIZED_SME), prior);
        Assessment second = assess(schedule, base, registryWith(Tier.SPECIALIZED_SME), prior);

        assertThat(second).isEqualTo(first);
    }
}
