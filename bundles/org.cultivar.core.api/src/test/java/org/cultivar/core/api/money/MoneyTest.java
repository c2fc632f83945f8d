package org.cultivar.core.api.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesYuanWithGroupingAndKeepsTwoDecimals() {
        assertThat(Money.parse("2,000,000").toString()).isEqualTo("2000000.00");
        assertThat(Money.parse(" 1234.5 ").fen()).isEqualTo(123450L);
    }

    @Test
    void refusesMoreThanTwoDecimalsInsteadOfRounding() {
        assertThatThrownBy(() -> Money.parse("10.005"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.005");
        assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("0.001")))
                .hasMessageContaining("more than two decimals");
    }

    @Test
    void refusesTextAndAbsurdAmountsWithTheReason() {
        assertThatThrownBy(() -> Money.parse("1e9")).hasMessageContaining("not a number of yuan");
        assertThatThrownBy(() -> Money.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Money.parse("123456789012345678")).hasMessageContaining("not a number of yuan");
    }

    @Test
    void roundsHalfUpToTheFenOnceAtTheEnd() {
        // 5% of 333,333.30 = 16,666.665 -> 16,666.67
        Money base = Money.parse("333333.30");
        assertThat(Money.rounded(base.times(new BigDecimal("0.05")))).isEqualTo(Money.parse("16666.67"));
    }

    @Property
    void fenRoundTrips(@ForAll @LongRange(min = -9_000_000_000_000L, max = 9_000_000_000_000L) long fen) {
        assertThat(Money.ofFen(fen).fen()).isEqualTo(fen);
        assertThat(Money.parse(Money.ofFen(fen).toString())).isEqualTo(Money.ofFen(fen));
    }

    @Property
    void additionIsExact(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long a,
                         @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long b) {
        assertThat(Money.ofFen(a).plus(Money.ofFen(b)).fen()).isEqualTo(a + b);
        assertThat(Money.ofFen(a).plus(Money.ofFen(b)).minus(Money.ofFen(b))).isEqualTo(Money.ofFen(a));
    }
}
