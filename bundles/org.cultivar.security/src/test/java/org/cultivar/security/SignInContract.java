package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Authentication;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.SignInFailedException;
import org.cultivar.core.api.security.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class SignInContract {

    private static final String GENERIC = "User name or password is wrong.";
    /** START + 15 minutes, in Shanghai. */
    private static final String LOCKED = "This account is locked after 5 failed sign-ins until 2026-03-01 10:15:00 "
            + "(Asia/Shanghai time). Try again then, or ask an administrator to unlock it.";

    private SecurityFixture fixture;
    private Authentication authentication;
    private Actor admin;

    /** The database the subclass runs this contract on. */
    abstract TestDatabase database();

    @BeforeEach
    void createClerk() {
        fixture = new SecurityFixture(database());
        authentication = fixture.authentication();
        admin = fixture.administrator();
        fixture.directory.create(admin, "gz.clerk1", "广州经办 Clerk", Set.of(Role.CLERK), RegionCode.of("440100"),
                SecurityFixture.password());
        fixture.audit.clear();
    }

    @AfterEach
    void dropDatabase() {
        fixture.close();
    }

    @Test
    void returnsTheActorAndRecordsTheSignIn() {
        Actor actor = authentication.signIn("gz.clerk1", SecurityFixture.password(), "192.0.2.7");

        assertThat(actor).isEqualTo(new Actor("gz.clerk1", "广州经办 Clerk", Set.of(Role.CLERK), RegionCode.of("440100")));
        assertThat(account("gz.clerk1").lastSignIn()).isEqualTo(SecurityFixture.START);
        AuditEvent event = fixture.audit.events().get(0);
        assertThat(fixture.audit.actions()).containsExactly("signin.succeeded");
        assertThat(event.actor()).isEqualTo(actor);
        assertThat(event.entityId()).isEqualTo("gz.clerk1");
        assertThat(event.region()).isEqualTo("440100");
        assertThat(event.after()).contains("192.0.2.7");
    }

    @Test
    void acceptsTheUserNameInAnyCase() {
        assertThat(authentication.signIn(" GZ.Clerk1 ", SecurityFixture.password(), null).userId()).isEqualTo("gz.clerk1");
    }

    @Test
    void saysTheSameForAWrongPasswordAndAnUnknownUser() {
        assertThatThrownBy(() -> authentication.signIn("gz.clerk1", "wrong password".toCharArray(), "192.0.2.7"))
                .isInstanceOf(SignInFailedException.class).hasMessage(GENERIC);
        assertThatThrownBy(() -> authentication.signIn("nobody", SecurityFixture.password(), "192.0.2.7"))
                .isInstanceOf(SignInFailedException.class).hasMessage(GENERIC);
        assertThatThrownBy(() -> authentication.signIn("' OR '1'='1", SecurityFixture.password(), "192.0.2.7"))
                .isInstanceOf(SignInFailedException.class).hasMessage(GENERIC);
        assertThatThrownBy(() -> authentication.signIn(null, null, null))
                .isInstanceOf(SignInFailedException.class).hasMessage(GENERIC);

        // the trail, unlike the message, tells them apart
        assertThat(fixture.audit.events("signin.failed")).extracting(AuditEvent::entityId, event -> reason(event))
                .containsExactly(tuple("gz.clerk1", "wrong-password"),
                        tuple("unknown", "unknown-user"),
                        tuple("unknown", "unknown-user"),
                        tuple("unknown", "unknown-user"));
        assertThat(fixture.audit.events()).allSatisfy(event -> assertThat(event.actor().userId()).isEqualTo("anonymous"));
    }

    @Test
    void takesAboutAsLongForAnUnknownUserAsForAWrongPassword() {
        // the unknown user is checked against a dummy hash; without it the answer would come ~50x faster
        long unknown = medianNanos(() -> authentication.signIn("nobody.here", "wrong password".toCharArray(), null));
        long known = medianNanos(() -> authentication.signIn("gz.clerk1", "wrong password".toCharArray(), null));
        assertThat(unknown).isGreaterThan(known / 3);
    }

    @Test
    void locksTheAccountForFifteenMinutesAfterFiveFailures() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> authentication.signIn("gz.clerk1", "wrong password".toCharArray(), null))
                    .hasMessage(GENERIC);
        }
        assertThatThrownBy(() -> authentication.signIn("gz.clerk1", "wrong password".toCharArray(), null))
                .isInstanceOf(SignInFailedException.class).hasMessage(LOCKED);
        assertThat(fixture.audit.actions()).endsWith("signin.failed", "user.locked");
        assertThat(account("gz.clerk1").lockedUntil()).isEqualTo(SecurityFixture.START.plus(Duration.ofMinutes(15)));

        // the right password does not help while locked
        assertThatThrownBy(() -> authentication.signIn("gz.clerk1", SecurityFixture.password(), null)).hasMessage(LOCKED);
        fixture.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThatThrownBy(() -> authentication.signIn("gz.clerk1", SecurityFixture.password(), null)).hasMessage(LOCKED);

        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(authentication.signIn("gz.clerk1", SecurityFixture.password(), null).userId()).isEqualTo("gz.clerk1");
    }

    @Test
    void countsOnlyConsecutiveFailures() {
        failTimes(4);
        authentication.signIn("gz.clerk1", SecurityFixture.password(), null);
        failTimes(4);

        assertThat(authentication.signIn("gz.clerk1", SecurityFixture.password(), null).userId()).isEqualTo("gz.clerk1");
        assertThat(fixture.audit.actions()).doesNotContain("user.locked");
    }

    @Test
    void anAdministratorUnlocksALockedAccount() {
        failTimes(5);
        assertThat(account("gz.clerk1").lockedUntil()).isNotNull();

        fixture.directory.unlock(admin, "gz.clerk1");

        assertThat(account("gz.clerk1").lockedUntil()).isNull();
        assertThat(fixture.audit.events("user.unlocked")).singleElement()
                .satisfies(event -> assertThat(event.actor()).isEqualTo(admin))
                .satisfies(event -> assertThat(event.before()).contains("2026-03-01T02:15:00Z"));
        assertThat(authentication.signIn("gz.clerk1", SecurityFixture.password(), null).userId()).isEqualTo("gz.clerk1");
        // unlocking also gave back all five attempts
        failTimes(4);
        assertThat(account("gz.clerk1").lockedUntil()).isNull();
    }

    @Test
    void refusesDeactivatedUsersButTellsThemOnlyWithTheRightPassword() {
        fixture.directory.update(admin, "gz.clerk1", "广州经办 Clerk", Set.of(Role.CLERK), RegionCode.of("440100"), false);

        assertThatThrownBy(() -> authentication.signIn("gz.clerk1", SecurityFixture.password(), null))
                .isInstanceOf(SignInFailedException.class)
                .hasMessage("This account is deactivated. Ask an administrator to reactivate it.");
        assertThatThrownBy(() -> authentication.signIn("gz.clerk1", "wrong password".toCharArray(), null))
                .hasMessage(GENERIC);
        assertThat(fixture.audit.events("signin.failed")).extracting(SignInContract::reason)
                .containsExactly("inactive", "wrong-password");
    }

    @Test
    void recordsHostileInputEscapedAndCut() {
        String hostile = "x\",\"reason\":\"ok\n".repeat(1000);
        assertThatThrownBy(() -> authentication.signIn(hostile, "x".repeat(10_240).toCharArray(), "<script>"))
                .hasMessage(GENERIC);

        String after = fixture.audit.events("signin.failed").get(0).after();
        assertThat(after).hasSizeLessThan(400).doesNotContain("\n").contains("\\\"reason\\\"").contains("<script>");
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> authentication.signIn("gz.clerk1", "wrong password".toCharArray(), null))
                    .isInstanceOf(SignInFailedException.class);
        }
    }

    private UserAccount account(String username) {
        return fixture.directory.list(admin).stream().filter(user -> user.username().equals(username)).findFirst()
                .orElseThrow();
    }

    private static String reason(AuditEvent event) {
        return event.after().replaceAll(".*\"reason\":\"([^\"]*)\".*", "$1");
    }

    private static long medianNanos(Runnable refusedSignIn) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            try {
                refusedSignIn.run();
            } catch (SignInFailedException expected) {
                times.add(System.nanoTime() - start);
            }
        }
        assertThat(times).hasSize(5);
        Collections.sort(times);
        return times.get(2);
    }
}
