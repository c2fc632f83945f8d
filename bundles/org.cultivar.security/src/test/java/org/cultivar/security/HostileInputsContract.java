package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.security.HostileCall.forEveryCase;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Authentication;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.SignInFailedException;
import org.cultivar.core.api.security.UserAccount;
import org.cultivar.core.api.testing.Printable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the hostile-input corpus (hostile-inputs/README.md) at every input point of the
 * user directory and of authentication whose text reaches the database. A case is refused with a
 * clear message naming the field and nothing is stored, or, where it is legitimately storable, it
 * is stored and read back exactly; after all of them an ordinary call still succeeds. Passwords,
 * of which only a hash is stored, are HostilePasswordsTest's.
 *
 * <p>An Argon2 hash takes about a tenth of a second, so fields other than the password get one
 * valid password, a wrong setup token is refused before any hashing, and sign-in names are tried
 * with a password too long to be hashed.
 */
abstract class HostileInputsContract {

    private static final RegionCode GUANGZHOU = RegionCode.of("440100");
    private static final String CLERK = "gz.clerk1";
    private static final String WRONG_TOKEN = "not-the-setup-token";

    private SecurityFixture fixture;
    private Authentication authentication;
    private Actor admin;

    /** The database the subclass runs this contract on. */
    abstract TestDatabase database();

    @BeforeEach
    void openSetup() {
        fixture = new SecurityFixture(database());
        authentication = fixture.authentication();
    }

    @AfterEach
    void dropDatabase() {
        fixture.close();
    }

    @TestFactory
    Stream<DynamicTest> userNameOfANewAccount() {
        admin = fixture.administrator();
        return forEveryCase(hostile -> {
            HostileCall call = HostileCall.run(fixture, () -> fixture.directory.create(admin, hostile.value(),
                    "Hostile Case", Set.of(Role.CLERK), GUANGZHOU, SecurityFixture.password()));
            if (call.refused()) {
                call.assertRefusedNaming("User name");
            } else {
                // stored as every user name is: without surrounding spaces, in lower case
                String stored = hostile.value().strip().toLowerCase(Locale.ROOT);
                assertThat(stored).matches("[a-z0-9._-]{3,64}");
                assertThat(account(stored).displayName()).isEqualTo("Hostile Case");
                call.assertRecorded("user.created");
            }
        }, () -> {
            fixture.directory.create(admin, "after.hostile", "After", Set.of(Role.CLERK), GUANGZHOU,
                    SecurityFixture.password());
            assertThat(account("after.hostile").scope()).isEqualTo(GUANGZHOU);
        });
    }

    @TestFactory
    Stream<DynamicTest> userNameOfAnExistingAccount() {
        administratorAndClerk();
        return forEveryCase(hostile -> {
            // the corpus names no existing account, so every look-up is refused
            HostileCall.run(fixture, () -> fixture.directory.update(admin, hostile.value(), "Changed",
                    Set.of(Role.AUDITOR), GUANGZHOU, true)).assertRefusedNaming("User name", "There is no user");
            HostileCall.run(fixture, () -> fixture.directory.unlock(admin, hostile.value()))
                    .assertRefusedNaming("User name", "There is no user");
        }, () -> {
            fixture.directory.update(admin, "GZ.Clerk1", "Changed", Set.of(Role.AUDITOR), GUANGZHOU, true);
            assertThat(account(CLERK).roles()).containsExactly(Role.AUDITOR);
        });
    }

    @TestFactory
    Stream<DynamicTest> displayName() {
        administratorAndClerk();
        return forEveryCase(hostile -> {
            HostileCall call = HostileCall.run(fixture, () -> fixture.directory.update(admin, CLERK, hostile.value(),
                    Set.of(Role.CLERK), GUANGZHOU, true));
            if (call.refused()) {
                call.assertRefusedNaming("Display name");
            } else {
                String stored = hostile.value().strip();
                assertThat(account(CLERK).displayName()).isEqualTo(stored);
                // what reaches screens, logs and printed documents carries no markup, formula or hidden text
                assertThat(stored.codePoints().allMatch(Printable::visible)).as("only visible characters").isTrue();
                assertThat(stored).doesNotContain("<", ">", "&", "\"", "`", ";", "=", "+", "@", "|");
                call.assertRecorded("user.updated");
            }
        }, () -> {
            fixture.directory.update(admin, CLERK, "王小明", Set.of(Role.CLERK), GUANGZHOU, true);
            assertThat(account(CLERK).displayName()).isEqualTo("王小明");
        });
    }

    @TestFactory
    Stream<DynamicTest> regionScope() {
        administratorAndClerk();
        return forEveryCase(hostile -> {
            HostileCall call = HostileCall.run(fixture, () -> fixture.directory.update(admin, CLERK, "Clerk",
                    Set.of(Role.CLERK), RegionCode.of(hostile.value()), true));
            if (call.refused()) {
                call.assertRefusedAsMalformedRegion();
            } else {
                // an administrator may give any region: another region's code is no forgery here
                assertThat(account(CLERK).scope().code()).isEqualTo(hostile.value());
                call.assertRecorded("user.updated");
            }
        }, () -> {
            fixture.directory.update(admin, CLERK, "Clerk", Set.of(Role.CLERK), GUANGZHOU, true);
            assertThat(account(CLERK).scope()).isEqualTo(GUANGZHOU);
        });
    }

    @TestFactory
    Stream<DynamicTest> userNameAtSignIn() {
        administratorAndClerk();
        return forEveryCase(hostile -> {
            // longer than any password may be, so refused without a hash; the name is handled all the same
            char[] unhashed = "x".repeat(2 * PasswordPolicy.MAXIMUM_LENGTH + 1).toCharArray();
            HostileCall call = HostileCall.run(fixture, () -> authentication.signIn(hostile.value(), unhashed,
                    "192.0.2.1"));
            assertThat(call.thrown()).isExactlyInstanceOf(SignInFailedException.class)
                    .hasMessage(SignIn.WRONG_CREDENTIALS);
            call.assertUserTablesUnchanged();
            call.recordedEvent("signin.failed");
        }, () -> assertThat(authentication.signIn(CLERK, SecurityFixture.password(), null).userId()).isEqualTo(CLERK));
    }

    @TestFactory
    Stream<DynamicTest> setupToken() {
        return forEveryCase(hostile -> assertRefusedForTheToken(HostileCall.run(fixture,
                () -> authentication.completeSetup(hostile.value(), "chief.admin", "Chief", SecurityFixture.password()))),
                this::completeSetup);
    }

    @TestFactory
    Stream<DynamicTest> userNameAtSetup() {
        return forEveryCase(hostile -> assertRefusedAtSetup(HostileCall.run(fixture, () -> authentication.completeSetup(
                WRONG_TOKEN, hostile.value(), "Chief", SecurityFixture.password())), "User name"), this::completeSetup);
    }

    @TestFactory
    Stream<DynamicTest> displayNameAtSetup() {
        return forEveryCase(hostile -> assertRefusedAtSetup(HostileCall.run(fixture, () -> authentication.completeSetup(
                WRONG_TOKEN, "chief.admin", hostile.value(), SecurityFixture.password())), "Display name"),
                this::completeSetup);
    }

    @TestFactory
    Stream<DynamicTest> passwordAtSetup() {
        return forEveryCase(hostile -> assertRefusedAtSetup(HostileCall.run(fixture, () -> authentication.completeSetup(
                WRONG_TOKEN, "chief.admin", "Chief", hostile.chars())), "Password"), this::completeSetup);
    }

    private void administratorAndClerk() {
        admin = fixture.administrator();
        fixture.directory.create(admin, CLERK, "Clerk", Set.of(Role.CLERK), GUANGZHOU, SecurityFixture.password());
    }

    private void completeSetup() {
        assertThat(authentication.completeSetup(SecurityFixture.SETUP_TOKEN, "chief.admin", "Chief",
                SecurityFixture.password()).userId()).isEqualTo("chief.admin");
    }

    /** Setup's fields are refused as bad input, or, good enough to reach the token, for the wrong token. */
    private void assertRefusedAtSetup(HostileCall call, String fieldName) {
        if (call.thrown() instanceof AccessDeniedException) {
            assertRefusedForTheToken(call);
        } else {
            call.assertRefusedNaming(fieldName);
        }
    }

    private void assertRefusedForTheToken(HostileCall call) {
        assertThat(call.thrown()).isExactlyInstanceOf(AccessDeniedException.class).hasMessage(FirstStartSetup.WRONG_TOKEN);
        assertThat(((AccessDeniedException) call.thrown()).chinese()).isEqualTo("设置令牌不正确。请使用最近一次启动时日志中的令牌。");
        call.assertUserTablesUnchanged();
        call.recordedEvent("setup.refused");
        assertThat(authentication.setupRequired()).isTrue();
    }

    /** Read back through the service, as the administration screen reads it. */
    private UserAccount account(String username) {
        return fixture.directory.list(admin).stream().filter(account -> account.username().equals(username))
                .findFirst().orElseThrow(() -> new AssertionError("no account " + username));
    }
}
