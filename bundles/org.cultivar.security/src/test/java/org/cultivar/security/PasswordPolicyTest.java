package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final Username USER = Username.parse("gz.clerk.one");

    @Test
    void needsTenCharactersCountedAsPeopleCountThem() {
        assertThatThrownBy(() -> PasswordPolicy.check(USER, "nine-char".toCharArray()))
                .hasMessage("Password must be at least 10 characters long.");
        assertThatCode(() -> PasswordPolicy.check(USER, "ten-chars!".toCharArray())).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check(USER, "春眠不觉晓处处闻啼鸟".toCharArray())).doesNotThrowAnyException();
        // five supplementary characters are ten UTF-16 units but only five characters
        assertThatThrownBy(() -> PasswordPolicy.check(USER, "𠀀𠀁𠀂𠀃𠀄".toCharArray()))
                .hasMessage("Password must be at least 10 characters long.");
    }

    @Test
    void refusesAbsurdLengths() {
        assertThatCode(() -> PasswordPolicy.check(USER, "x".repeat(256).toCharArray())).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check(USER, "x".repeat(10_240).toCharArray()))
                .hasMessage("Password must be at most 256 characters long (got 10240).");
    }

    @Test
    void refusesTheUserNameInAnyCase() {
        assertThatThrownBy(() -> PasswordPolicy.check(USER, "GZ.Clerk.One".toCharArray()))
                .hasMessage("Password must not be the user name.");
        assertThatCode(() -> PasswordPolicy.check(USER, "gz.clerk.one!".toCharArray())).doesNotThrowAnyException();
    }

    @Test
    void refusesBrokenSurrogatesWhichUtf8WouldTurnIntoAQuestionMark() {
        assertThatThrownBy(() -> PasswordPolicy.check(USER, "lone \uD800 high surrogate".toCharArray()))
                .hasMessage("Password contains a broken character (an unpaired UTF-16 surrogate) at position 6; "
                        + "type it again.");
        assertThatThrownBy(() -> PasswordPolicy.check(USER, "swapped \uDE00\uD83D pair".toCharArray()))
                .hasMessageContaining("at position 9;");
        assertThatThrownBy(() -> PasswordPolicy.check(USER, "truncated at the end \uD83D".toCharArray()))
                .hasMessageContaining("at position 22;");
        assertThatCode(() -> PasswordPolicy.check(USER, "paired 😀 and 𠀀 are fine".toCharArray()))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesMissingAndBlankPasswords() {
        assertThatThrownBy(() -> PasswordPolicy.check(USER, null)).hasMessage("Password is required.");
        assertThatThrownBy(() -> PasswordPolicy.check(USER, new char[0])).hasMessage("Password is required.");
        assertThatThrownBy(() -> PasswordPolicy.check(USER, " ".repeat(12).toCharArray()))
                .hasMessage("Password must not consist of spaces only.");
    }
}
