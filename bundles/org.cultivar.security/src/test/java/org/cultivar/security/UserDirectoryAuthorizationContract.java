package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.UserAccount;
import org.cultivar.core.api.security.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may do what in the user directory: every role against every action, on both databases. */
abstract class UserDirectoryAuthorizationContract {

    private static final RegionCode GUANGZHOU = RegionCode.of("440100");

    /** Every UserDirectory method, aimed at the locked clerk "target.user". */
    enum Action {
        LIST(null) {
            @Override
            void perform(UserDirectory directory, Actor actor) {
                assertThat(directory.list(actor)).extracting(UserAccount::username).contains("target.user");
            }
        },
        CREATE("user.created") {
            @Override
            void perform(UserDirectory directory, Actor actor) {
                directory.create(actor, "new.user", "New User", Set.of(Role.CLERK), GUANGZHOU, SecurityFixture.password());
            }
        },
        UPDATE("user.updated") {
            @Override
            void perform(UserDirectory directory, Actor actor) {
                directory.update(actor, "target.user", "Renamed Target", Set.of(Role.CLERK, Role.AUDITOR), GUANGZHOU, true);
            }
        },
        RESET_PASSWORD("user.password-reset") {
            @Override
            void perform(UserDirectory directory, Actor actor) {
                directory.resetPassword(actor, "target.user", "a brand new password".toCharArray());
            }
        },
        UNLOCK("user.unlocked") {
            @Override
            void perform(UserDirectory directory, Actor actor) {
                directory.unlock(actor, "target.user");
            }
        };

        final String auditAction;

        Action(String auditAction) {
            this.auditAction = auditAction;
        }

        abstract void perform(UserDirectory directory, Actor actor);
    }

    private SecurityFixture fixture;
    private Actor admin;

    /** The database the subclass runs this contract on. */
    abstract TestDatabase database();

    @BeforeEach
    void createLockedTarget() {
        fixture = new SecurityFixture(database());
        admin = fixture.administrator();
        fixture.directory.create(admin, "target.user", "Target", Set.of(Role.CLERK), GUANGZHOU, SecurityFixture.password());
        fixture.lock("target.user");
        fixture.audit.clear();
    }

    @AfterEach
    void dropDatabase() {
        fixture.close();
    }

    static Stream<Arguments> everyRoleAndAction() {
        List<Arguments> pairs = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Action action : Action.values()) {
                pairs.add(Arguments.of(role, action));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoleAndAction")
    void onlyAdministratorsManageUsers(Role role, Action action) {
        Actor actor = fixture.signedIn(admin, "acting.user", role, role == Role.ADMINISTRATOR ? "100000" : "440100");
        String before = fixture.userTables();

        if (role == Role.ADMINISTRATOR) {
            action.perform(fixture.directory, actor);
            if (action.auditAction != null) {
                assertThat(fixture.userTables()).isNotEqualTo(before);
                assertThat(fixture.audit.events()).singleElement()
                        .satisfies(event -> assertThat(event.action()).isEqualTo(action.auditAction))
                        .satisfies(event -> assertThat(event.actor()).isEqualTo(actor));
            }
        } else {
            assertThatThrownBy(() -> action.perform(fixture.directory, actor))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageStartingWith("Only administrators may ")
                    .hasMessageContaining("acting.user has the roles [" + role + "]")
                    .satisfies(denied -> assertThat(((AccessDeniedException) denied).chinese()).startsWith("只有系统管理员可以")
                            .doesNotContainPattern("[a-z]{4,} users|passwords"));
            assertThat(fixture.userTables()).isEqualTo(before);
            assertThat(fixture.audit.events()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Action.class)
    void theSystemActorAndNobodyManageNoUsers(Action action) {
        String before = fixture.userTables();

        assertThatThrownBy(() -> action.perform(fixture.directory, Actor.SYSTEM))
                .isInstanceOf(AccessDeniedException.class).hasMessageStartingWith("Only administrators may ");
        assertThatThrownBy(() -> action.perform(fixture.directory, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageStartingWith("Sign in as an administrator to ");
        assertThat(fixture.userTables()).isEqualTo(before);
        assertThat(fixture.audit.events()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Action.class)
    void anActorClaimingTheRoleWithoutHavingItIsRefused(Action action) {
        Actor clerk = fixture.signedIn(admin, "acting.user", Role.CLERK, "440100");
        Actor forged = new Actor(clerk.userId(), clerk.displayName(), Set.of(Role.ADMINISTRATOR), RegionCode.NATIONAL);
        String before = fixture.userTables();

        assertThatThrownBy(() -> action.perform(fixture.directory, forged))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageEndingWith("the account acting.user is not (or no longer) one.");
        assertThat(fixture.userTables()).isEqualTo(before);
    }

    @Test
    void aDemotedOrDeactivatedAdministratorsSessionLosesTheRight() {
        Actor second = fixture.signedIn(admin, "second.admin", Role.ADMINISTRATOR, "100000");
        fixture.directory.update(admin, "second.admin", "Second", Set.of(Role.AUDITOR), RegionCode.NATIONAL, true);
        assertThatThrownBy(() -> fixture.directory.list(second)).isInstanceOf(AccessDeniedException.class);

        fixture.directory.update(admin, "second.admin", "Second", Set.of(Role.ADMINISTRATOR), RegionCode.NATIONAL, false);
        assertThatThrownBy(() -> fixture.directory.unlock(second, "target.user")).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.directory.list(admin)).filteredOn(user -> user.username().equals("target.user"))
                .singleElement().satisfies(user -> assertThat(user.lockedUntil()).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    void everySignedInUserChangesTheirOwnPassword(Role role) {
        Actor actor = fixture.signedIn(admin, "acting.user", role, role == Role.ADMINISTRATOR ? "100000" : "440100");

        fixture.authentication().changePassword(actor, SecurityFixture.password(), "my own new password".toCharArray());

        assertThat(fixture.audit.events()).singleElement()
                .satisfies(event -> assertThat(event.action()).isEqualTo("user.password-changed"))
                .satisfies(event -> assertThat(event.actor()).isEqualTo(actor));
        assertThat(fixture.authentication().signIn("acting.user", "my own new password".toCharArray(), null))
                .isEqualTo(actor);
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnRoleOrDeactivateThemselves() {
        String before = fixture.userTables();

        assertThatThrownBy(() -> fixture.directory.update(admin, admin.userId(), "Root", Set.of(Role.OFFICIAL),
                RegionCode.NATIONAL, true))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You cannot remove your own administrator role; another administrator must do it.");
        assertThatThrownBy(() -> fixture.directory.update(admin, admin.userId().toUpperCase(), "Root",
                Set.of(Role.ADMINISTRATOR), RegionCode.NATIONAL, false))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You cannot deactivate your own account; another administrator must do it.")
                .satisfies(denied -> assertThat(((AccessDeniedException) denied).chinese()).isEqualTo("不能停用您自己的账户，须由另一名系统管理员操作。"));
        assertThat(fixture.userTables()).isEqualTo(before);
        assertThat(fixture.authentication().setupRequired()).isFalse();
    }

    @Test
    void anAdministratorMayChangeTheirOwnNameAndAddRoles() {
        UserAccount changed = fixture.directory.update(admin, admin.userId(), "根管理员 Root", Set.of(Role.ADMINISTRATOR,
                Role.AUDITOR), RegionCode.NATIONAL, true);

        assertThat(changed.displayName()).isEqualTo("根管理员 Root");
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.AUDITOR);
        AuditEvent event = fixture.audit.events("user.updated").get(0);
        assertThat(event.before()).contains("\"roles\":[\"ADMINISTRATOR\"]");
        assertThat(event.after()).contains("\"roles\":[\"ADMINISTRATOR\",\"AUDITOR\"]", "根管理员 Root");
    }

    @Test
    void administratorsDemotingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
        Actor second = fixture.signedIn(admin, "second.admin", Role.ADMINISTRATOR, "100000");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = threads.submit(demote(admin, "second.admin", together));
            Future<String> other = threads.submit(demote(second, admin.userId(), together));

            assertThat(List.of(first.get(), other.get())).containsExactlyInAnyOrder("done", "refused");
        } finally {
            threads.shutdownNow();
        }
        assertThat(fixture.authentication().setupRequired()).isFalse();
        assertThat(fixture.directory.list(admin.userId().equals(survivor()) ? admin : second))
                .filteredOn(user -> user.roles().contains(Role.ADMINISTRATOR) && user.active()).hasSize(1);
    }

    private Callable<String> demote(Actor actor, String username, CyclicBarrier together) {
        return () -> {
            together.await();
            try {
                fixture.directory.update(actor, username, "Demoted", Set.of(Role.AUDITOR), RegionCode.NATIONAL, true);
                return "done";
            } catch (AccessDeniedException e) {
                return "refused";
            }
        };
    }

    private String survivor() {
        return fixture.transactions.required(c -> {
            try (var select = c.prepareStatement("SELECT username FROM security_user_role WHERE role_name = 'ADMINISTRATOR'");
                 var row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        });
    }
}
