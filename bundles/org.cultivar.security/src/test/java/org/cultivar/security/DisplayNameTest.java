package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"王小明", "Mary O'Brien", "阿卜杜拉·买买提", "José Ñúñez", "Wang (Finance), Tianhe",
            "𠀀𠀁 Ext-B", "Chen Jr."})
    void acceptsNamesInAnyScript(String name) {
        assertThat(DisplayName.parse(name).value()).isEqualTo(name);
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String hundredExtB = "𠀀".repeat(100);
        assertThat(DisplayName.parse(hundredExtB).value()).isEqualTo(hundredExtB);
        assertThat(DisplayName.parse("张".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> DisplayName.parse("张".repeat(101)))
                .hasMessage("Display name must be at most 100 characters long (got 101).");
    }

    @Test
    void stripsSurroundingSpaces() {
        assertThat(DisplayName.parse("  李四 ").value()).isEqualTo("李四");
    }

    @Test
    void namesTheOffendingCharacterAndItsPosition() {
        assertThatThrownBy(() -> DisplayName.parse("<script>alert(1)</script>"))
                .hasMessage("Display name may contain only letters, digits, spaces and .'-,()·・（）; "
                        + "character 1 is '<' (U+003C).");
        assertThatThrownBy(() -> DisplayName.parse("Bell\u0007"))
                .hasMessageEndingWith("character 5 is the invisible character U+0007.");
        assertThatThrownBy(() -> DisplayName.parse("abc\u202Edef"))
                .hasMessageEndingWith("character 4 is the invisible character U+202E.");
        // a no-break space is not white space to Java, but no less invisible in a message
        assertThatThrownBy(() -> DisplayName.parse("Wang\u00A0Wei"))
                .hasMessageEndingWith("character 5 is the invisible character U+00A0.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void isRequired(String blank) {
        assertThatThrownBy(() -> DisplayName.parse(blank)).hasMessage("Display name is required.");
        assertThatThrownBy(() -> DisplayName.parse(null)).hasMessage("Display name is required.");
    }
}
