package org.cultivar.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void acceptsTheWorkedExamplesOfTheReference() {
        assertThat(CreditCode.parse("91440112MA5C1234XN").divisionCode()).isEqualTo("440112");
        assertThat(CreditCode.parse("914403001922038216").warnings()).isEmpty();
        assertThat(CreditCode.parse(" 9144030071526726xg ").value()).isEqualTo("9144030071526726XG");
        assertThat(CreditCode.organisationCheck("MA5C1234")).isEqualTo('X');
    }

    @Test
    void aPilotCodeThatFailsTheCheckNeedsTheOverride() {
        assertThatThrownBy(() -> CreditCode.parse("91350100M0001TGQXM"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("should be 1, not M");
        CreditCode pilot = CreditCode.overridingCheck("91350100M0001TGQXM");
        assertThat(pilot.checkOverridden()).isTrue();
        assertThat(pilot.warnings()).contains("check character fails (accepted by override)");
    }

    @Test
    void namesWhatIsWrongWithAMalformedCode() {
        assertThatThrownBy(() -> CreditCode.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> CreditCode.parse("9144011")).hasMessageContaining("has 7 characters");
        assertThatThrownBy(() -> CreditCode.parse("91440112MA5C1234IN")).hasMessageContaining("character 17 (\"I\")");
        assertThatThrownBy(() -> CreditCode.parse("9144A112MA5C1234XN")).hasMessageContaining("division code");
        assertThatThrownBy(() -> CreditCode.parse("' OR 1=1 --        ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesWhatIsWrongInChineseToo() {
        assertThatThrownBy(() -> CreditCode.parse("91350100M0001TGQXM")).isInstanceOfSatisfying(InvalidCreditCodeException.class,
                e -> assertThat(e.message(true)).startsWith("统一社会信用代码 91350100M0001TGQXM 校验码不符：第 18 位应为 1，而不是 M"));
        assertThatThrownBy(() -> CreditCode.parse("9144011")).isInstanceOfSatisfying(InvalidCreditCodeException.class,
                e -> assertThat(e.chinese()).isEqualTo("统一社会信用代码“9144011”有 7 位，应为 18 位。"));
        assertThatThrownBy(() -> CreditCode.parse("91440112MA5C1234IN")).isInstanceOfSatisfying(InvalidCreditCodeException.class,
                e -> assertThat(e.chinese()).contains("第 17 位（“I”）不允许使用"));
        assertThatThrownBy(() -> CreditCode.parse("9144A112MA5C1234XN")).isInstanceOfSatisfying(InvalidCreditCodeException.class,
                e -> assertThat(e.chinese()).contains("第 3 至 8 位应为六位行政区划代码"));
    }

    @Property
    void everyCodeWithItsComputedCheckCharacterIsAccepted(@ForAll("first17") String first17) {
        String code = first17 + CreditCode.checkCharacter(first17);
        assertThat(CreditCode.parse(code).value()).isEqualTo(code);
    }

    @Property
    void everySingleCharacterChangeIsRejected(@ForAll("first17") String first17,
                                              @ForAll @IntRange(min = 0, max = 17) int position,
                                              @ForAll @IntRange(min = 1, max = 30) int shift) {
        String code = first17 + CreditCode.checkCharacter(first17);
        char original = code.charAt(position);
        char replacement = CreditCode.CHARSET.charAt((CreditCode.CHARSET.indexOf(original) + shift) % 31);
        if (position >= 2 && position < 8) {
            replacement = (char) ('0' + (original - '0' + shift) % 10);
            if (replacement == original) {
                replacement = (char) ('0' + (original - '0' + 1) % 10);
            }
        }
        String changed = code.substring(0, position) + replacement + code.substring(position + 1);
        assertThat(CreditCode.isValid(changed)).as(changed).isFalse();
    }

    @Provide
    Arbitrary<String> first17() {
        Arbitrary<String> free = Arbitraries.of(CreditCode.CHARSET.chars().mapToObj(c -> String.valueOf((char) c)).toList())
                .list().ofSize(2).map(l -> String.join("", l));
        Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> organisation = Arbitraries.of(CreditCode.CHARSET.chars().mapToObj(c -> String.valueOf((char) c)).toList())
                .list().ofSize(9).map(l -> String.join("", l));
        return Combinators.combine(free, division, organisation).as((a, b, c) -> a + b + c);
    }
}
