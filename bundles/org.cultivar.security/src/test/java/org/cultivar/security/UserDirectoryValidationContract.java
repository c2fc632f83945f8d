package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Stream;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Typical bad input to the user directory: the exact message for each mistake, and nothing stored.
 * HostileInputsContract runs the whole hostile-input corpus against every input point.
 */
abstract class UserDirectoryValidationContract {

    private static final RegionCode GUANGZHOU = RegionCode.of("440100");
    private static final String TEN_KB = "a".repeat(10_240);

    private SecurityFixture fixture;
    private Actor admin;
    private String before;

    /** The database the subclass runs this contract on. */
    abstract TestDatabase database();

    @BeforeEach
    void administratorAndOneClerk() {
        fixture = new SecurityFixture(database());
        admin = fixture.administrator();
        fixture.directory.create(admin, "gz.clerk1", "Clerk", Set.of(Role.CLERK), GUANGZHOU, SecurityFixture.password());
        fixture.audit.clear();
        before = fixture.userTables();
    }

    @AfterEach
    void nothingStoredAndDropDatabase() {
        fixture.close();
    }

    static Stream<Arguments> hostileUsernames() {
        return Stream.of(
                Arguments.of(null, "User name is required."),
                Arguments.of("", "User name is required."),
                Arguments.of("   ", "User name is required."),
                Arguments.of("ab", "User name must be at least 3 characters long."),
                Arguments.of(TEN_KB, "User name must be at most 64 characters long (got 10240)."),
                Arguments.of("admin'--", "User name may contain only"),
                Arguments.of("' OR '1'='1", "User name may contain only"),
                Arguments.of("x'; DROP TABLE security_user; --", "User name may contain only"),
                Arguments.of("<script>alert(1)</script>", "User name may contain only"),
                Arguments.of("ad\u0000min", "User name may contain only"),
                Arguments.of("ad\nmin", "User name may contain only"),
                Arguments.of("管理员", "User name may contain only"),
                Arguments.of("system", "User name 'system' is reserved; choose another."),
                Arguments.of("GZ.CLERK1", "User name 'gz.clerk1' is already taken."));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("hostileUsernames")
    void refusesHostileUsernames(String username, String message) {
        assertThatThrownBy(() -> fixture.directory.create(admin, username, "Name", Set.of(Role.CLERK), GUANGZHOU,
                SecurityFixture.password()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
        assertNothingStored();
    }

    static Stream<Arguments> hostileDisplayNames() {
        return Stream.of(
                Arguments.of(null, "Display name is required."),
                Arguments.of("", "Display name is required."),
                Arguments.of(" \t ", "Display name is required."),
                Arguments.of(TEN_KB, "Display name must be at most 100 characters long (got 10240)."),
                Arguments.of("<script>alert(1)</script>", "character 1 is '<' (U+003C)."),
                Arguments.of("<img src=x onerror=alert(1)>", "character 1 is '<' (U+003C)."),
                Arguments.of("Robert'); DROP TABLE security_user;--", "character 9 is ';' (U+003B)."),
                Arguments.of("x' OR '1'='1", "character 10 is '=' (U+003D)."),
                Arguments.of("=HYPERLINK(\"http://x\")", "character 1 is '=' (U+003D)."),
                Arguments.of("Bell\u0007", "character 5 is the invisible character U+0007."),
                Arguments.of("two\nlines", "character 4 is the invisible character U+000A."),
                Arguments.of("abc\u202Eexe.txt", "character 4 is the invisible character U+202E."),
                Arguments.of("zero\u200Bwidth", "character 5 is the invisible character U+200B."),
                Arguments.of("lone \uD800 surrogate", "character 6 is the invisible character U+D800."));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("hostileDisplayNames")
    void refusesHostileDisplayNamesOnCreateAndUpdate(String displayName, String message) {
        assertThatThrownBy(() -> fixture.directory.create(admin, "new.user", displayName, Set.of(Role.CLERK), GUANGZHOU,
                SecurityFixture.password()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(message);
        assertThatThrownBy(() -> fixture.directory.update(admin, "gz.clerk1", displayName, Set.of(Role.CLERK), GUANGZHOU,
                true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(message);
        assertNothingStored();
    }

    @Test
    void refusesMissingRolesScopeAndBadPasswords() {
        assertThatThrownBy(() -> fixture.directory.create(admin, "new.user", "New", Set.of(), GUANGZHOU,
                SecurityFixture.password())).hasMessage("Roles: choose at least one role.");
        assertThatThrownBy(() -> fixture.directory.create(admin, "new.user", "New", null, GUANGZHOU,
                SecurityFixture.password())).hasMessage("Roles: choose at least one role.");
        assertThatThrownBy(() -> fixture.directory.create(admin, "new.user", "New", Set.of(Role.CLERK), null,
                SecurityFixture.password())).hasMessageStartingWith("Region scope is required");
        assertThatThrownBy(() -> fixture.directory.create(admin, "new.user", "New", Set.of(Role.CLERK), GUANGZHOU,
                "short".toCharArray())).hasMessage("Password must be at least 10 characters long.");
        assertThatThrownBy(() -> fixture.directory.create(admin, "new.user.name", "New", Set.of(Role.CLERK), GUANGZHOU,
                "NEW.USER.NAME".toCharArray())).hasMessage("Password must not be the user name.");
        assertThatThrownBy(() -> fixture.directory.create(admin, "new.user", "New", Set.of(Role.CLERK), GUANGZHOU,
                TEN_KB.toCharArray())).hasMessage("Password must be at most 256 characters long (got 10240).");
        assertThatThrownBy(() -> fixture.directory.resetPassword(admin, "gz.clerk1", "gz.clerk1".toCharArray()))
                .hasMessage("Password must be at least 10 characters long.");
        assertThatThrownBy(() -> fixture.directory.update(admin, "no.such.user", "New", Set.of(Role.CLERK), GUANGZHOU,
                true)).hasMessage("There is no user 'no.such.user'.");
        assertThatThrownBy(() -> fixture.directory.unlock(admin, "' OR 1=1 --"))
                .hasMessageStartingWith("User name may contain only");
        assertNothingStored();
    }

    @Test
    void storesLegitimateNamesExactlyAsGiven() {
        // an apostrophe is part of real names; the statements bind it, so it is stored as typed
        UserAccount irish = fixture.directory.create(admin, "m.obrien", "Mary O'Brien", Set.of(Role.AUDITOR),
                RegionCode.of("440000"), SecurityFixture.password());
        UserAccount uyghur = fixture.directory.create(admin, "abdulla", "阿卜杜拉·买买提", Set.of(Role.CLERK), GUANGZHOU,
                SecurityFixture.password());

        assertThat(fixture.directory.list(admin)).contains(irish, uyghur);
        assertThat(fixture.rows("security_user")).isEqualTo(4);
    }

    private void assertNothingStored() {
        assertThat(fixture.userTables()).isEqualTo(before);
        assertThat(fixture.audit.events()).isEmpty();
    }
}
