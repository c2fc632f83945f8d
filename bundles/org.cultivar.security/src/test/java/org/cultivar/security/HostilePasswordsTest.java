package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.security.HostileCall.forEveryCase;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the hostile-input corpus as a password an administrator sets, and as the current
 * and new password of a signed-in user: refused by the rules with a clear message and nothing
 * stored, or hashed so that exactly that password signs in.
 *
 * <p>Only the Argon2 hash of a password reaches the database, 97 ASCII characters whatever was
 * typed, so this runs on H2 alone: on PostgreSQL it would cost a few hundred more hashes of a tenth
 * of a second each and show nothing new. The password at first-start setup is in
 * HostileInputsContract, where the wrong token stops it before any hashing.
 */
class HostilePasswordsTest {

    private static final String CLERK = "gz.clerk1";

    private SecurityFixture fixture;
    private Actor admin;
    private Actor clerk;

    @BeforeEach
    void signInClerk() {
        fixture = new SecurityFixture(TestDatabase.H2);
        admin = fixture.administrator();
        clerk = fixture.signedIn(admin, CLERK, Role.CLERK, "440100");
    }

    @AfterEach
    void dropDatabase() {
        fixture.close();
    }

    @TestFactory
    Stream<DynamicTest> setByAnAdministrator() {
        return forEveryCase(hostile -> {
            String hashBefore = passwordHash();
            HostileCall call = HostileCall.run(fixture,
                    () -> fixture.directory.resetPassword(admin, CLERK, hostile.chars()));
            if (call.refused()) {
                call.assertRefusedNaming("Password");
                return;
            }
            // UTF-8 must carry it unchanged into the hash, or another password would match too
            assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(hostile.value())).as("encodable").isTrue();
            assertThat(passwordHash()).isNotEqualTo(hashBefore).startsWith("$argon2id$");
            assertThat(call.recorded()).singleElement().satisfies(event -> {
                assertThat(event.action()).isEqualTo("user.password-reset");
                assertThat(event.before()).isNull();
                assertThat(event.after()).isNull();
            });
            // printable ASCII reaches Argon2 byte for byte; anything else signs in to prove it arrived intact
            if (!hostile.value().chars().allMatch(c -> c >= ' ' && c <= '~')) {
                assertThat(fixture.authentication().signIn(CLERK, hostile.chars(), null)).isEqualTo(clerk);
            }
        }, () -> {
            fixture.directory.resetPassword(admin, CLERK, SecurityFixture.password());
            assertThat(fixture.authentication().signIn(CLERK, SecurityFixture.password(), null)).isEqualTo(clerk);
        });
    }

    @TestFactory
    Stream<DynamicTest> currentAndNewOfTheSignedInUser() {
        return forEveryCase(hostile -> {
            // every case starts a fresh run of attempts: the lock-out has tests of its own
            fixture.directory.unlock(admin, CLERK);
            String hashBefore = passwordHash();
            HostileCall call = HostileCall.run(fixture,
                    () -> fixture.authentication().changePassword(clerk, hostile.chars(), hostile.chars()));
            if (call.thrown() instanceof IllegalArgumentException) {
                call.assertRefusedNaming("Password");
                return;
            }
            // a new password the rules allow, but the current one is wrong
            assertThat(call.thrown()).isExactlyInstanceOf(AccessDeniedException.class)
                    .hasMessage(PasswordChange.WRONG_CURRENT_PASSWORD);
            assertThat(passwordHash()).isEqualTo(hashBefore);
            call.assertRecorded("user.password-change-refused");
        }, () -> {
            fixture.directory.unlock(admin, CLERK);
            fixture.authentication().changePassword(clerk, SecurityFixture.password(),
                    "another good password".toCharArray());
            assertThat(fixture.authentication().signIn(CLERK, "another good password".toCharArray(), null))
                    .isEqualTo(clerk);
        });
    }

    private String passwordHash() {
        return fixture.transactions.required(c -> new UserTable().find(c, Username.parse(CLERK)).orElseThrow()
                .passwordHash());
    }
}
