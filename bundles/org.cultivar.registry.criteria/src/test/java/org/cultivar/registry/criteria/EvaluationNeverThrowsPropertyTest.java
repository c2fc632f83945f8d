package org.cultivar.registry.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriteriaEvaluation.Purpose;
import org.cultivar.registry.api.RuleSet;
import org.cultivar.registry.api.ScienceAward;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.YearlyFigures;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the figures hold (nothing, zero, negative, the largest amounts), evaluation answers. */
class EvaluationNeverThrowsPropertyTest {

    private final CriteriaEvaluatorComponent evaluator = Evaluators.standard();


    @Property(tries = 300)
    void everyRuleSetAnswersAndRedFlagsToo(@ForAll("histories") List<YearlyFigures> figures, @ForAll Purpose purpose,
                                           @ForAll Sector sector) {
        for (RuleSet ruleSet : evaluator.ruleSets()) {
            CriteriaEvaluation evaluation = evaluator.evaluate(ruleSet.id(), Evaluators.enterprise(sector, null), figures,
                    purpose);
            assertThat(evaluation.criteria()).isNotEmpty().allSatisfy(result -> {
                assertThat(result.value()).isNotBlank();
                assertThat(result.threshold()).isNotBlank();
                assertThat(result.outcome()).isNotNull();
                assertThat(result.value(true) + " | " + result.threshold(true)).as("a Chinese page reads no English words: %s", result)
                        .doesNotContainPattern("[A-Za-z]{3,}");
                if (result.note(true) != null) {
                    assertThat(result.note(true)).as("the note in Chinese too: %s", result).doesNotContainPattern("[A-Za-z]{3,}");
                }
            });
        }
        assertThat(evaluator.redFlags(null, figures)).isNotNull();
    }

    @Provide
    Arbitrary<List<YearlyFigures>> histories() {
        return year().list().ofMaxSize(4);
    }

    private Arbitrary<YearlyFigures> year() {
        Arbitrary<Integer> count = Arbitraries.of(null, 0, 1, -1, 999, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE);
        Arbitrary<Money> money = Arbitraries.of(null, Money.ZERO, Money.parse("-1"), Money.parse("0.01"),
                Money.parse("50000000"), Money.ofYuan(Money.LIMIT), Money.ofYuan(Money.LIMIT.negate()));
        Arbitrary<BigDecimal> share = Arbitraries.of(null, BigDecimal.ZERO, new BigDecimal("-5"), new BigDecimal("10"),
                new BigDecimal("1E+30"));
        Arbitrary<Integer> fiscalYear = Arbitraries.of(2022, 2023, 2024, Integer.MIN_VALUE, Integer.MAX_VALUE);
        Arbitrary<ScienceAward> award = Arbitraries.of(ScienceAward.class).injectNull(0.2);
        return Combinators.combine(List.of(fiscalYear.map(o -> (Object) o), count.map(o -> (Object) o),
                money.map(o -> (Object) o), share.map(o -> (Object) o), award.map(o -> (Object) o),
                money.map(o -> (Object) o), count.map(o -> (Object) o), money.map(o -> (Object) o))).as(values ->
                new YearlyFigures((Integer) values.get(0), (Integer) values.get(1), (Integer) values.get(6),
                        (Money) values.get(2), (Money) values.get(5), (Money) values.get(7), (Money) values.get(2),
                        (Money) values.get(5), (Money) values.get(7), (Money) values.get(2), (Integer) values.get(6),
                        (Integer) values.get(1), (BigDecimal) values.get(3), (Integer) values.get(6),
                        (ScienceAward) values.get(4)));
    }
}
