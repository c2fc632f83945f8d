package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @Test
    void isStoredInLowerCaseWithoutSurroundingSpaces() {
        assertThat(Username.parse("  GZ.Clerk_1-a ").value()).isEqualTo("gz.clerk_1-a");
    }

    @Test
    void acceptsThreeToSixtyFourCharacters() {
        assertThat(Username.parse("abc").value()).isEqualTo("abc");
        assertThat(Username.parse("a".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> Username.parse("ab")).hasMessage("User name must be at least 3 characters long.");
        assertThatThrownBy(() -> Username.parse("a".repeat(65)))
                .hasMessage("User name must be at most 64 characters long (got 65).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u212Admin", "adm\u0131n", "ａdmin", "gz clerk", "gz/clerk", "用户名"})
    void refusesLookAlikesAndEverythingOutsideTheAlphabet(String input) {
        // the Kelvin sign and dotless i fold to ASCII letters in Java; they must not reach "admin"
        assertThatThrownBy(() -> Username.parse(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("User name may contain only letters a-z, digits 0-9, '.', '_' and '-'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"system", "SYSTEM", "anonymous"})
    void reservesTheNamesOfAutomaticWorkAndUnknownCallers(String input) {
        assertThatThrownBy(() -> Username.parseNew(input)).hasMessageContaining("is reserved");
        assertThat(Username.parse(input).value()).isEqualTo(input.toLowerCase());
    }

    @Test
    void treatsWhatCannotBeANameAsNobodyAtSignIn() {
        assertThat(Username.parseOrNull("' OR 1=1 --")).isNull();
        assertThat(Username.parseOrNull(null)).isNull();
        assertThat(Username.parseOrNull("Admin")).isEqualTo(new Username("admin"));
    }
}
