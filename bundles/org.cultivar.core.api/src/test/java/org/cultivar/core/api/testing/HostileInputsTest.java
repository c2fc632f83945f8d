package org.cultivar.core.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.cultivar.core.api.testing.HostileInputs.Case;
import org.junit.jupiter.api.Test;

/** The corpus notation (hostile-inputs/README.md) and the corpus as the issue asks for it. */
class HostileInputsTest {

    @Test
    void takesALineAsWrittenSpacesIncluded() {
        assertThat(HostileInputs.expand(" 440100 ")).isEqualTo(" 440100 ");
        assertThat(HostileInputs.expand("..\\..\\windows\\win.ini")).isEqualTo("..\\..\\windows\\win.ini");
    }

    @Test
    void expandsEscapes() {
        assertThat(HostileInputs.expand("lone \\uD800 surrogate")).isEqualTo("lone \uD800 surrogate");
        assertThat(HostileInputs.expand("\\xE4\\xB8\\xAD\\xE6\\x96\\x87")).isEqualTo("中文");
        // an overlong '/' is malformed UTF-8: a lenient decoder gives one U+FFFD per bad byte
        assertThat(HostileInputs.expand("..\\xC0\\xAF..")).isEqualTo("..\uFFFD\uFFFD..");
        assertThat(HostileInputs.expand("\\\\u0041 and \\\\x41")).isEqualTo("\\u0041 and \\x41");
        assertThat(HostileInputs.expand("\\u12 and \\xZZ")).isEqualTo("\\u12 and \\xZZ");
    }

    @Test
    void generatesRepeatsNullAndEmpty() {
        assertThat(HostileInputs.expand("@repeat:ab:3")).isEqualTo("ababab");
        assertThat(HostileInputs.expand("@repeat:a:b:2")).isEqualTo("a:ba:b");
        assertThat(HostileInputs.expand("@repeat:\\u0020:4")).isEqualTo("    ");
        assertThat(HostileInputs.expand("@repeat:x:1000001")).hasSize(1_000_001);
        assertThat(HostileInputs.expand("@null")).isNull();
        assertThat(HostileInputs.expand("@empty")).isEmpty();
    }

    @Test
    void holdsAtLeastTwoHundredCasesOfEveryKind() {
        List<Case> cases = HostileInputs.all();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(cases.stream().collect(Collectors.groupingBy(Case::file, Collectors.counting())))
                .containsKeys("sql-injection.txt", "script-injection.txt", "formula-injection.txt",
                        "control-characters.txt", "oversize.txt", "encodings.txt", "path-traversal.txt",
                        "forged-ids.txt", "unicode-tricks.txt", "numbers.txt")
                .allSatisfy((file, count) -> assertThat(count).as(file).isGreaterThanOrEqualTo(5));
        assertThat(cases).noneMatch(hostile -> hostile.value() != null && hostile.value().startsWith("#"));
    }

    @Test
    void namesACasePrintably() {
        assertThat(new Case("encodings.txt", 5, "a\uD800\n").toString()).isEqualTo("encodings.txt:5 \"a\\uD800\\u000A\"");
        assertThat(new Case("oversize.txt", 3, "x".repeat(50)).toString()).endsWith("… (50 characters)");
        assertThat(new Case("empty.txt", 3, null).toString()).isEqualTo("empty.txt:3 (null)");
    }
}
