package org.cultivar.registry.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.registry.criteria.Evaluators.ROBOTICS;
import static org.cultivar.registry.criteria.Evaluators.soundWith;
import static org.cultivar.registry.criteria.Evaluators.years;

import java.util.List;

import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.Sector;
import org.junit.jupiter.api.Test;

class RedFlagsTest {

    private final CriteriaEvaluatorComponent evaluator = Evaluators.standard();

    @Test
    void soundIndependentFirmRaisesNoFlag() {
        assertThat(evaluator.redFlags(ROBOTICS, soundWith(Year.of(2024)))).isEmpty();
    }

    @Test
    void aboveSmeSizeNeedsBothLimits() {
        assertThat(evaluator.redFlags(ROBOTICS, soundWith(Year.of(2024).employees(1450).revenue("1200000000")
                .mainBusiness("1100000000")))).singleElement().isEqualTo(new RedFlag(RedFlag.Kind.ABOVE_SME_SIZE,
                        "revenue CNY 1.20 bn, 1,450 employees in 2024"));
        assertThat(evaluator.redFlags(ROBOTICS, soundWith(Year.of(2024).employees(1000).revenue("400000000"))))
                .extracting(RedFlag::kind).containsExactly(RedFlag.Kind.ABOVE_SME_SIZE);
        assertThat(evaluator.redFlags(ROBOTICS, soundWith(Year.of(2024).employees(999).revenue("1200000000")))).isEmpty();
        assertThat(evaluator.redFlags(ROBOTICS, soundWith(Year.of(2024).employees(5000).revenue("399999999.99"))))
                .isEmpty();
    }

    @Test
    void groupSubsidiaryNamesTheGroup() {
        assertThat(evaluator.redFlags(Evaluators.enterprise(Sector.ROBOTICS_AND_CNC, "美的集团"), soundWith(Year.of(2024))))
                .containsExactly(new RedFlag(RedFlag.Kind.GROUP_SUBSIDIARY, "member of the group 美的集团"));
    }

    @Test
    void weakGrowthBelowFivePercent() {
        // 100 → 105 → 110.25 is exactly 5% a year: no flag
        assertThat(evaluator.redFlags(ROBOTICS, years(Year.of(2022).revenue("100000000"), Year.of(2023).revenue("105000000"),
                Year.of(2024).revenue("110250000").mainBusiness("100000000")))).isEmpty();
        List<RedFlag> flags = evaluator.redFlags(ROBOTICS, years(Year.of(2022).revenue("100000000"),
                Year.of(2023).revenue("105000000"), Year.of(2024).revenue("110249999").mainBusiness("100000000")));
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(RedFlag.Kind.WEAK_GROWTH);
            assertThat(flag.detail()).isEqualTo("average revenue growth 5.0% over 2022–2024 (flag below 5%)");
        });
    }

    @Test
    void highLeverageAboveSeventyPercent() {
        assertThat(evaluator.redFlags(ROBOTICS, soundWith(Year.of(2024).liabilities("70000000")))).isEmpty();
        assertThat(evaluator.redFlags(ROBOTICS, soundWith(Year.of(2024).liabilities("75400000"))))
                .containsExactly(new RedFlag(RedFlag.Kind.HIGH_LEVERAGE, "liabilities 75.4% of assets in 2024 (flag above 70%)"));
    }

    @Test
    void missingFiguresRaiseNoFlag() {
        assertThat(evaluator.redFlags(ROBOTICS, List.of())).isEmpty();
        assertThat(evaluator.redFlags(null, years(Year.of(2024).employees(null).assets(null)))).isEmpty();
    }
}
