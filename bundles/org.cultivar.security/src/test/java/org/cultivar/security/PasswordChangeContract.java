package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.SignInFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class PasswordChangeContract {

    private SecurityFixture fixture;
    private Actor admin;
    private Actor clerk;

    /** The database the subclass runs this contract on. */
    abstract TestDatabase database();

    @BeforeEach
    void signInClerk() {
        fixture = new SecurityFixture(database());
        admin = fixture.administrator();
        clerk = fixture.signedIn(admin, "gz.clerk1", Role.CLERK, "440100");
    }

    @AfterEach
    void dropDatabase() {
        fixture.close();
    }

    @Test
    void theNewPasswordReplacesTheOldOne() {
        fixture.authentication().changePassword(clerk, SecurityFixture.password(), "another good password".toCharArray());

        assertThat(fixture.audit.actions()).containsExactly("user.password-changed");
        assertThatThrownBy(() -> fixture.authentication().signIn("gz.clerk1", SecurityFixture.password(), null))
                .isInstanceOf(SignInFailedException.class);
        assertThat(fixture.authentication().signIn("gz.clerk1", "another good password".toCharArray(), null))
                .isEqualTo(clerk);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountsTowardsTheLockOut() {
        String before = fixture.userTables();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> fixture.authentication().changePassword(clerk, "not my password".toCharArray(),
                    "another good password".toCharArray()))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("The current password is wrong.");
        }
        assertThatThrownBy(() -> fixture.authentication().changePassword(clerk, "not my password".toCharArray(),
                "another good password".toCharArray()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("The current password is wrong. This account is locked after 5 failed sign-ins");

        assertThat(fixture.audit.actions()).containsExactly("user.password-change-refused", "user.password-change-refused",
                "user.password-change-refused", "user.password-change-refused", "user.password-change-refused",
                "user.locked");
        assertThat(fixture.userTables()).isNotEqualTo(before);
        assertThatThrownBy(() -> fixture.authentication().signIn("gz.clerk1", SecurityFixture.password(), null))
                .hasMessageStartingWith("This account is locked");
    }

    @Test
    void theNewPasswordMustFollowTheRulesAndDiffer() {
        String before = fixture.userTables();

        assertThatThrownBy(() -> fixture.authentication().changePassword(clerk, SecurityFixture.password(),
                "short".toCharArray())).hasMessage("Password must be at least 10 characters long.");
        assertThatThrownBy(() -> fixture.authentication().changePassword(clerk, SecurityFixture.password(),
                "GZ.CLERK1".toCharArray())).hasMessage("Password must be at least 10 characters long.");
        assertThatThrownBy(() -> fixture.authentication().changePassword(clerk, SecurityFixture.password(),
                SecurityFixture.password())).hasMessage("The new password must differ from the current one.");

        assertThat(fixture.userTables()).isEqualTo(before);
        assertThat(fixture.audit.events()).isEmpty();
    }

    @Test
    void onlySignedInActiveUsersChangePasswords() {
        assertThatThrownBy(() -> fixture.authentication().changePassword(null, SecurityFixture.password(),
                "another good password".toCharArray()))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Sign in to change your password.");
        assertThatThrownBy(() -> fixture.authentication().changePassword(Actor.SYSTEM, SecurityFixture.password(),
                "another good password".toCharArray()))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Sign in to change your password.");

        fixture.directory.update(admin, "gz.clerk1", "Test CLERK", Set.of(Role.CLERK), RegionCode.of("440100"), false);
        fixture.audit.clear();
        assertThatThrownBy(() -> fixture.authentication().changePassword(clerk, SecurityFixture.password(),
                "another good password".toCharArray()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("The account gz.clerk1 is not active; its password cannot be changed.");
        assertThat(fixture.audit.events()).isEmpty();
    }

    @Test
    void anAdministratorResetsAForgottenPassword() {
        fixture.directory.resetPassword(admin, "GZ.Clerk1", "temporary password 1".toCharArray());

        assertThat(fixture.audit.events()).singleElement()
                .satisfies(event -> assertThat(event.action()).isEqualTo("user.password-reset"))
                .satisfies(event -> assertThat(event.entityId()).isEqualTo("gz.clerk1"))
                .satisfies(event -> assertThat(event.after()).isNull());
        assertThat(fixture.authentication().signIn("gz.clerk1", "temporary password 1".toCharArray(), null))
                .isEqualTo(clerk);
    }
}
