package org.cultivar.core.api.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.cultivar.core.api.testing.HostileInputs;
import org.cultivar.core.api.testing.Printable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input corpus as amounts: either exactly the plain decimal written (white space
 * around it and grouping commas aside) or a clear refusal, never another exception.
 */
class MoneyHostileInputTest {

    /** A plain decimal of ASCII digits; the limits (17 digits, 2 decimals) are Money's to check. */
    private static final String PLAIN_DECIMAL = "-?[0-9]+(\\.[0-9]+)?";

    @TestFactory
    Stream<DynamicTest> isTheAmountWrittenOrRefusedClearly() {
        return HostileInputs.dynamicTests(hostile -> {
            Money[] parsed = new Money[1];
            Throwable refused = catchThrowable(() -> parsed[0] = Money.parse(hostile.value()));

            if (refused == null) {
                String written = hostile.value().strip().replace(",", "");
                assertThat(written).matches(PLAIN_DECIMAL);
                assertThat(parsed[0].yuan()).isEqualByComparingTo(new BigDecimal(written));
                assertThat(parsed[0].yuan().scale()).isEqualTo(2);
                assertThat(parsed[0].yuan().abs()).isLessThanOrEqualTo(Money.LIMIT);
            } else {
                assertThat(refused).isExactlyInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("Amount ");
                assertThat(Printable.isOneShortLine(refused.getMessage()))
                        .as("one short line: %s", Printable.of(refused.getMessage(), Printable.LONGEST_MESSAGE))
                        .isTrue();
            }
        });
    }
}
