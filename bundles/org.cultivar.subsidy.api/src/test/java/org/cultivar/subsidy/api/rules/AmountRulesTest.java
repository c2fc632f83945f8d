package org.cultivar.subsidy.api.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cultivar.subsidy.api.Fixtures.HUANGPU_FIRM;
import static org.cultivar.subsidy.api.Fixtures.millions;
import static org.cultivar.subsidy.api.Fixtures.prior;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.ApplicationContext;
import org.cultivar.subsidy.api.ApplicationForm;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.Calculation;
import org.cultivar.subsidy.api.CalculationStep;
import org.cultivar.subsidy.api.FakeRegistry;
import org.cultivar.subsidy.api.Fixtures;
import org.cultivar.subsidy.api.MoneyField;
import org.cultivar.subsidy.api.PriorAward;
import org.cultivar.subsidy.api.PriorAwards;
import org.junit.jupiter.api.Test;

class AmountRulesTest {

    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private static final ApplicationForm BASE_FORM = ApplicationForm.of(
            MoneyField.required("base", BilingualText.of("基数", "Base"), millions("100000")));
    private final FakeRegistry registry = Fixtures.registry();

    private ApplicationContext base(String amount, PriorAward... prior) {
        return Fixtures.context(registry, BASE_FORM, Map.of("base", amount), APPLIED, PriorAwards.of(prior));
    }

    @Test
    void aFixedAmountIsTheSameForEveryone() {
        Calculation calculation = new FixedAmount(millions("2")).calculate(Fixtures.context(registry, APPLIED));

        assertThat(calculation.amount()).isEqualByComparingTo("2000000");
        assertThat(calculation.steps()).singleElement().extracting(step -> step.text().en()).isEqualTo("Fixed amount CNY 2,000,000.00");
    }

    @Test
    void theAmountByTierFollowsTheHighestTitleHeld() {
        FixedAmountByTier cultivation = new FixedAmountByTier(Map.of(Tier.SPECIALIZED_SME, millions("0.5"), Tier.LITTLE_GIANT, millions("2")));

        assertThat(cultivation.calculate(Fixtures.context(registry, APPLIED)).amount()).isEqualByComparingTo("0");
        registry.grant(1, HUANGPU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2024, 1, 1));
        assertThat(cultivation.calculate(Fixtures.context(registry, APPLIED)).amount()).isEqualByComparingTo("500000");
        registry.grant(2, HUANGPU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 1, 1));
        assertThat(cultivation.calculate(Fixtures.context(registry, APPLIED)).amount()).isEqualByComparingTo("2000000");
        registry.grant(3, HUANGPU_FIRM, Tier.MANUFACTURING_CHAMPION, LocalDate.of(2025, 3, 1));
        Calculation champion = cultivation.calculate(Fixtures.context(registry, APPLIED));
        assertThat(champion.amount()).as("above every configured tier: the highest configured amount").isEqualByComparingTo("2000000");
        assertThat(champion.steps().get(0).text().en())
                .isEqualTo("The Manufacturing Champion title (no. 3) receives the Little Giant amount CNY 2,000,000.00");
    }

    @Test
    void aTierBelowEveryConfiguredTierReceivesNothing() {
        registry.grant(1, HUANGPU_FIRM, Tier.INNOVATIVE_SME, LocalDate.of(2024, 1, 1));

        Calculation calculation = new FixedAmountByTier(Map.of(Tier.SPECIALIZED_SME, millions("0.5"))).calculate(Fixtures.context(registry, APPLIED));

        assertThat(calculation.amount()).isEqualByComparingTo("0");
        assertThat(calculation.steps().get(0).text().en()).isEqualTo("No Specialized SME title or higher");
    }

    @Test
    void theClaimedAmountUpToACap() {
        Capped rent = new Capped(new ClaimedAmount("base"), millions("2"));

        assertThat(rent.calculate(base("1999999.99")).amount()).isEqualByComparingTo("1999999.99");
        Calculation beyond = rent.calculate(base("2500000"));
        assertThat(beyond.amount()).isEqualByComparingTo("2000000");
        assertThat(beyond.steps()).extracting(CalculationStep::name).containsExactly("claimed", "cap");
    }

    @Test
    void aPercentageStaysExactUntilTheEnd() {
        PercentageOf fivePercent = new PercentageOf("base", new BigDecimal("5"));

        Calculation calculation = fivePercent.calculate(base("0.09"));

        assertThat(calculation.amount()).isEqualByComparingTo("0.0045");
        assertThat(calculation.steps()).extracting(CalculationStep::name, CalculationStep::figure)
                .containsExactly(tuple("base", new BigDecimal("0.09")),
                        tuple("rate", new BigDecimal("5")));
        assertThat(calculation.steps().get(1).text().en()).isEqualTo("5% of the base: CNY 0.0045");
    }

    @Test
    void fivePercentOfInvestmentUpToOneHundredMillion() {
        Capped investment = new Capped(new PercentageOf("base", new BigDecimal("5")), millions("100"));

        assertThat(investment.calculate(base("300000000")).amount()).isEqualByComparingTo("15000000");
        assertThat(investment.calculate(base("2000000000")).amount()).isEqualByComparingTo("100000000");
        assertThat(investment.calculate(base("3000000000")).amount()).isEqualByComparingTo("100000000");
    }

    @Test
    void theSteppedTableUsesInclusiveLowerEdges() {
        SteppedTable huangpu = huangpuTable();

        assertThat(huangpu.calculate(base("99999999.99")).amount()).isEqualByComparingTo("0");
        assertThat(huangpu.calculate(base("100000000")).amount()).isEqualByComparingTo("5000000");
        assertThat(huangpu.calculate(base("499999999.99")).amount()).isEqualByComparingTo("5000000");
        assertThat(huangpu.calculate(base("500000000")).amount()).isEqualByComparingTo("10000000");
        assertThat(huangpu.calculate(base("1000000000")).amount()).isEqualByComparingTo("20000000");
        assertThat(huangpu.calculate(base("2000000000")).amount()).isEqualByComparingTo("30000000");
        assertThat(huangpu.calculate(base("3000000000")).amount()).isEqualByComparingTo("50000000");
        assertThat(huangpu.calculate(base("5000000000")).amount()).isEqualByComparingTo("80000000");
        assertThat(huangpu.calculate(base("10000000000")).amount()).isEqualByComparingTo("100000000");
        assertThat(huangpu.calculate(base("99999999999")).amount()).as("the top band caps it").isEqualByComparingTo("100000000");
        assertThat(huangpu.calculate(base("1000000000")).steps().get(1).text().en())
                .isEqualTo("Band from CNY 1,000,000,000.00: CNY 20,000,000.00");
        assertThat(huangpu.calculate(base("1")).steps().get(1).text().en())
                .isEqualTo("The base is below the lowest band, CNY 100,000,000.00");
    }

    @Test
    void aSteppedTableMustRise() {
        assertThatThrownBy(() -> new SteppedTable("base", List.of())).hasMessageContaining("at least one band");
        assertThatThrownBy(() -> new SteppedTable("base", List.of(new Band(millions("1"), millions("1")), new Band(millions("1"), millions("2")))))
                .hasMessage("Band 2 must start above band 1");
        assertThatThrownBy(() -> new SteppedTable("base", List.of(new Band(millions("1"), millions("2")), new Band(millions("2"), millions("1")))))
                .hasMessage("Band 2 pays less than band 1");
    }

    @Test
    void theTopUpPaysTheDifferenceToWhatWasAlreadyAwardedForThePurpose() {
        registry.grant(2, HUANGPU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 1, 1));
        TopUp cultivation = new TopUp(new FixedAmountByTier(Map.of(Tier.SPECIALIZED_SME, millions("0.5"), Tier.LITTLE_GIANT, millions("2"))),
                "cultivation");

        Calculation calculation = cultivation.calculate(Fixtures.context(registry, ApplicationForm.of(), Map.of(), APPLIED,
                PriorAwards.of(prior(41, "guangzhou.cultivation", "cultivation", 1L, millions("0.5"), 2023),
                        prior(42, "guangzhou.rent", "rent", null, millions("2"), 2024),
                        new PriorAward(43, "shenzhen.cultivation", RegionCode.of("440300"), Set.of("cultivation"), 9L,
                                millions("0.3"), 2022))));

        assertThat(calculation.amount()).as("2 M less the Guangzhou cultivation award only").isEqualByComparingTo("1500000");
        assertThat(calculation.steps().get(1).text().en())
                .isEqualTo("Top-up of the difference: already awarded CNY 500,000.00 for cultivation (awards 41)");
        assertThat(calculation.steps().get(1).text().zh()).as("a printed notice names no configuration tag")
                .isEqualTo("就高不重复，差额补足：此前已获同类资助 500,000.00元（奖励编号 41）");
        assertThat(cultivation.purposesDeducted()).containsExactly("cultivation");
    }

    @Test
    void aTopUpNeverGoesBelowZero() {
        TopUp topUp = new TopUp(new ClaimedAmount("base"), "investment");

        Calculation calculation = topUp.calculate(base("100", prior(1, "x.y", "investment", null, millions("1"), 2024)));

        assertThat(calculation.amount()).isEqualByComparingTo("0");
        assertThat(topUp.fieldsRead()).containsOnlyKeys("base");
    }

    @Test
    void aTopUpWithoutEarlierAwardsSaysSoInsteadOfListingNone() {
        TopUp topUp = new TopUp(new ClaimedAmount("base"), "investment");

        Calculation calculation = topUp.calculate(base("100"));

        assertThat(calculation.amount()).isEqualByComparingTo("100");
        assertThat(calculation.steps().get(calculation.steps().size() - 1).text().zh()).isEqualTo("就高不重复，差额补足：此前未获同类资助");
    }

    @Test
    void rulesRefuseNonsenseParameters() {
        assertThatThrownBy(() -> new PercentageOf("base", BigDecimal.ZERO)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> new PercentageOf("base", new BigDecimal("100.5"))).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> new Capped(new ClaimedAmount("base"), Money.parse("-1"))).hasMessageContaining("never negative");
        assertThatThrownBy(() -> new FixedAmount(Money.parse("-1"))).hasMessageContaining("never negative");
        assertThatThrownBy(() -> new FixedAmountByTier(Map.of())).hasMessageContaining("at least one tier");
        assertThatThrownBy(() -> new TopUp(new ClaimedAmount("base"), "Bad Purpose")).hasMessageContaining("purpose tag");
    }

    static SteppedTable huangpuTable() {
        return new SteppedTable("base", List.of(
                new Band(millions("100"), millions("5")), new Band(millions("500"), millions("10")),
                new Band(millions("1000"), millions("20")), new Band(millions("2000"), millions("30")),
                new Band(millions("3000"), millions("50")), new Band(millions("5000"), millions("80")),
                new Band(millions("10000"), millions("100"))));
    }
}
