package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Authentication;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class DemoUsersContract {

    private static final String DEMO_PASSWORD = "cultivar-demo-2026";

    private SecurityFixture fixture;

    /** The database the subclass runs this contract on. */
    abstract TestDatabase database();

    @BeforeEach
    void emptyDatabase() {
        fixture = new SecurityFixture(database());
    }

    @AfterEach
    void dropDatabase() {
        fixture.close();
    }

    @Test
    void demoModeCreatesAUserForEveryRoleAndNeedsNoSetup() {
        try (LogCapture log = new LogCapture(FirstStartSetup.class)) {
            Authentication authentication = fixture.start(new StartOptions(true, null));

            assertThat(authentication.setupRequired()).isFalse();
            assertThat(log.lines("WARN")).isEmpty();
            assertThat(fixture.rows("security_setup_token")).isZero();
        }
        Actor admin = fixture.authentication().signIn("admin", DEMO_PASSWORD.toCharArray(), null);
        List<UserAccount> users = fixture.directory.list(admin);

        assertThat(users).extracting(UserAccount::username, UserAccount::roles, user -> user.scope().code(),
                UserAccount::active).containsExactly(
                tuple("admin", Set.of(Role.ADMINISTRATOR), "100000", true),
                tuple("auditor", Set.of(Role.AUDITOR), "440000", true),
                tuple("gz.clerk1", Set.of(Role.CLERK), "440100", true),
                tuple("gz.clerk2", Set.of(Role.CLERK), "440100", true),
                tuple("gz.official", Set.of(Role.OFFICIAL), "440100", true),
                tuple("sz.clerk", Set.of(Role.CLERK), "440300", true));
        for (UserAccount user : users) {
            Actor actor = fixture.authentication().signIn(user.username(), DEMO_PASSWORD.toCharArray(), null);
            assertThat(actor.scope()).isEqualTo(RegionCode.of(user.scope().code()));
        }
        assertThat(fixture.audit.events("user.created")).hasSize(6)
                .allSatisfy(event -> assertThat(event.actor()).isEqualTo(Actor.SYSTEM));
    }

    @Test
    void documentsNameTheDemoUsersByTheirDisplayNames() {
        fixture.start(new StartOptions(true, null));
        UserNamesService names = new UserNamesService(fixture.transactions);

        assertThat(names.displayName("gz.clerk1")).contains("广州市经办一 Guangzhou Clerk 1");
        assertThat(names.named("gz.clerk1")).isEqualTo("广州市经办一 Guangzhou Clerk 1（gz.clerk1）");
        assertThat(names.displayName("nobody.here")).isEmpty();
        assertThat(names.named("nobody.here")).as("an unknown id stands for itself").isEqualTo("nobody.here");
        assertThat(names.named(Actor.SYSTEM.userId())).isEqualTo(Actor.SYSTEM.userId());
        assertThat(names.displayName("x' OR '1'='1")).as("not a user name at all").isEmpty();
    }

    @Test
    void startingAgainInDemoModeChangesNothing() {
        fixture.start(new StartOptions(true, null));
        Actor admin = fixture.authentication().signIn("admin", DEMO_PASSWORD.toCharArray(), null);
        fixture.authentication().changePassword(fixture.authentication().signIn("gz.clerk1",
                DEMO_PASSWORD.toCharArray(), null), DEMO_PASSWORD.toCharArray(), "changed by the clerk".toCharArray());
        String before = fixture.userTables();
        fixture.audit.clear();

        fixture.start(new StartOptions(true, null));

        assertThat(fixture.userTables()).isEqualTo(before);
        assertThat(fixture.audit.events()).isEmpty();
        assertThat(fixture.directory.list(admin)).hasSize(6);
    }

    @Test
    void withoutDemoModeThereAreNoDemoUsers() {
        Authentication authentication = fixture.start(StartOptions.NONE);

        assertThat(fixture.rows("security_user")).isZero();
        assertThat(authentication.setupRequired()).isTrue();
        assertThat(fixture.audit.actions()).containsExactly("setup.token-issued");
    }

    @Test
    void demoUsersJoinAnInstallationThatAlreadyHasAnAdministrator() {
        Actor root = fixture.administrator();
        fixture.start(new StartOptions(true, null));

        assertThat(fixture.directory.list(root)).extracting(UserAccount::username)
                .containsExactly("admin", "auditor", "gz.clerk1", "gz.clerk2", "gz.official", SecurityFixture.ADMIN,
                        "sz.clerk");
    }
}
