package org.cultivar.reports.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.cultivar.core.api.money.Money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Every amount Cultivar can store reads back to itself and follows the writing rules. */
class CapitalNumeralsPropertiesTest {

    @Property(tries = 5_000)
    void readsBackAsTheSameAmount(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long fen) {
        Money amount = Money.ofFen(fen);

        assertThat(CapitalNumeralsReader.fen(CapitalNumerals.of(amount))).isEqualTo(fen);
    }

    @Property(tries = 5_000)
    void writesOneZeroPerRunAndNeverEndsOnZero(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long fen) {
        String words = CapitalNumerals.of(Money.ofFen(fen));

        assertThat(words).doesNotContain("零零").doesNotStartWith("零").doesNotContain("零元").doesNotContain("零万")
                .doesNotContain("零亿").doesNotContain("零角").endsWith(fen % 100 == 0 ? "元整" : fen % 10 == 0 ? "角" : "分");
    }

    @Property(tries = 1_000)
    void smallAmountsOnlyUseSmallUnits(@ForAll @LongRange(min = 1, max = 999_999) long fen) {
        assertThat(CapitalNumerals.of(Money.ofFen(fen))).doesNotContain("亿");
    }
}
