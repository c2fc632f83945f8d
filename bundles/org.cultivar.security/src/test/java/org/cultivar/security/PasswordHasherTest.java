package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void writesArgon2idWithTheOwaspMinimumParameters() {
        String hash = hasher.hash("correct horse battery".toCharArray());

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.matches("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY".toCharArray(), hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        char[] password = "correct horse battery".toCharArray();
        assertThat(hasher.hash(password)).isNotEqualTo(hasher.hash(password));
    }

    @Test
    void hashesNonAsciiPasswordsAsUtf8() {
        String hash = hasher.hash("春眠不觉晓处处闻啼鸟".toCharArray());
        assertThat(hasher.matches("春眠不觉晓处处闻啼鸟".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("春眠不觉晓处处闻啼".toCharArray(), hash)).isFalse();
    }

    @Test
    void verifiesHashesMadeWithOtherParameters() {
        // stored by an earlier release with weaker settings: still checks, against its own parameters
        String older = com.password4j.Argon2Function.getInstance(4096, 1, 1, 32, com.password4j.types.Argon2.ID)
                .hash("correct horse battery".getBytes(StandardCharsets.UTF_8), new byte[16]).getResult();
        assertThat(hasher.matches("correct horse battery".toCharArray(), older)).isTrue();
    }

    @Test
    void refusesRatherThanFailsOnACorruptStoredHash() {
        assertThat(hasher.matches("correct horse battery".toCharArray(), "not-a-hash")).isFalse();
        assertThat(hasher.matches("correct horse battery".toCharArray(), "$argon2id$v=19$m=19456")).isFalse();
    }

    @Test
    void needsNoPsw4jPropertiesFile() {
        // without the file password4j warns about every default it falls back to; all parameters are set in code
        assertThat(PasswordHasherTest.class.getClassLoader().getResource("psw4j.properties")).isNull();
        try (LogCapture log = new LogCapture("com.password4j")) {
            String hash = new PasswordHasher().hash("correct horse battery".toCharArray());
            new PasswordHasher().matches("correct horse battery".toCharArray(), hash);
            assertThat(log.lines("WARN")).isEmpty();
            assertThat(log.lines("ERROR")).isEmpty();
        }
    }
}
