package org.cultivar.core.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.stream.Stream;

import org.cultivar.core.api.testing.HostileInputs;
import org.cultivar.core.api.testing.Printable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The hostile-input corpus as region codes: six ASCII digits are kept exactly, anything else is a clear refusal. */
class RegionCodeHostileInputTest {

    @TestFactory
    Stream<DynamicTest> isKeptExactlyOrRefusedClearly() {
        return HostileInputs.dynamicTests(hostile -> {
            String text = hostile.value();
            if (isSixAsciiDigits(text)) {
                assertThat(RegionCode.of(text).code()).isEqualTo(text);
                return;
            }
            Throwable refused = catchThrowable(() -> RegionCode.of(text));

            assertThat(refused).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Region code must be six digits (GB/T 2260), got ");
            assertThat(Printable.isOneShortLine(refused.getMessage()))
                    .as("one short line: %s", Printable.of(refused.getMessage(), Printable.LONGEST_MESSAGE)).isTrue();
            if (text != null && text.length() <= 12 && text.chars().allMatch(c -> c >= ' ' && c <= '~')) {
                assertThat(refused).hasMessageEndingWith("got \"" + text + "\"");
            }
        });
    }

    /** GB/T 2260 as written: no other digit system (４４０１００, ٤٤٠١٠٠), no sign, no spaces. */
    private static boolean isSixAsciiDigits(String text) {
        return text != null && text.length() == 6 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
