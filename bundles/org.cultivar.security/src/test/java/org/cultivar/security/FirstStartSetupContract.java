package org.cultivar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Authentication;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first start: a setup token in the log, used once to create the first administrator. */
abstract class FirstStartSetupContract {

    private static final Pattern TOKEN_LINE = Pattern.compile(
            "First start: open the /setup page and use setup token ([A-Z2-7]{20}) to create the administrator\\.");

    private SecurityFixture fixture;
    private LogCapture log;

    /** The database the subclass runs this contract on. */
    abstract TestDatabase database();

    @BeforeEach
    void emptyDatabase() {
        fixture = new SecurityFixture(database());
        log = new LogCapture(FirstStartSetup.class);
    }

    @AfterEach
    void dropDatabase() {
        log.close();
        fixture.close();
    }

    @Test
    void logsAOneTimeTokenAndStoresOnlyItsDigest() {
        Authentication authentication = fixture.start(StartOptions.NONE);

        assertThat(log.lines("WARN")).hasSize(1);
        String token = loggedToken();
        assertThat(authentication.setupRequired()).isTrue();
        assertThat(storedDigest()).isEqualTo(SetupTokens.digest(token)).doesNotContain(token);
        assertThat(fixture.audit.events()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("setup.token-issued");
            assertThat(event.actor()).isEqualTo(Actor.SYSTEM);
            assertThat(event.after()).doesNotContain(token).contains("generated");
        });
    }

    @Test
    void theTokenCreatesTheFirstAdministratorWithNationalScopeOnce() {
        Authentication authentication = fixture.start(StartOptions.NONE);
        String token = loggedToken();
        fixture.audit.clear();

        Actor admin = authentication.completeSetup(token, "Chief.Admin", "首席管理员", SecurityFixture.password());

        assertThat(admin).isEqualTo(new Actor("chief.admin", "首席管理员", Set.of(Role.ADMINISTRATOR), RegionCode.NATIONAL));
        assertThat(authentication.setupRequired()).isFalse();
        assertThat(fixture.rows("security_setup_token")).isZero();
        assertThat(fixture.audit.actions()).containsExactly("user.created", "setup.completed");
        assertThat(fixture.audit.events()).allSatisfy(event -> assertThat(event.actor()).isEqualTo(admin));
        assertThat(authentication.signIn("chief.admin", SecurityFixture.password(), null)).isEqualTo(admin);

        assertThatThrownBy(() -> authentication.completeSetup(token, "second.admin", "Second", SecurityFixture.password()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Setup is complete: an administrator exists. Sign in instead.");
        assertThat(fixture.rows("security_user")).isEqualTo(1);
    }

    @Test
    void aWrongTokenIsRefusedAndRecorded() {
        Authentication authentication = fixture.start(StartOptions.NONE);
        String token = loggedToken();
        fixture.audit.clear();

        for (String wrong : new String[] {"AAAAAAAAAAAAAAAAAAAA", token.toLowerCase(), "", null}) {
            assertThatThrownBy(() -> authentication.completeSetup(wrong, "chief.admin", "Chief", SecurityFixture.password()))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("The setup token is wrong. Use the token from the log of the latest start.");
        }
        assertThat(fixture.rows("security_user")).isZero();
        assertThat(fixture.audit.actions()).containsOnly("setup.refused").hasSize(4);
        // still usable after wrong guesses
        assertThat(authentication.completeSetup(token, "chief.admin", "Chief", SecurityFixture.password()).userId())
                .isEqualTo("chief.admin");
    }

    @Test
    void aWrongTokenCostsNoPasswordHash() {
        Authentication authentication = fixture.start(StartOptions.NONE);
        PasswordHasher hasher = new PasswordHasher();

        // guessing must not be a cheap way to load the server: an Argon2 hash takes a tenth of a second
        long refusal = medianNanos(() -> assertThatThrownBy(() -> authentication.completeSetup("AAAAAAAAAAAAAAAAAAAA",
                "chief.admin", "Chief", SecurityFixture.password())).isInstanceOf(AccessDeniedException.class));
        long hash = medianNanos(() -> hasher.hash(SecurityFixture.password()));

        assertThat(refusal).isLessThan(hash / 2);
    }

    @Test
    void badInputDoesNotUseUpTheToken() {
        Authentication authentication = fixture.start(StartOptions.NONE);
        String token = loggedToken();

        assertThatThrownBy(() -> authentication.completeSetup(token, "<script>", "Chief", SecurityFixture.password()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("User name may contain only");
        assertThatThrownBy(() -> authentication.completeSetup(token, "chief.admin", "Chief", "short".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Password must be at least 10 characters long.");
        assertThatThrownBy(() -> authentication.completeSetup(token, "system", "Chief", SecurityFixture.password()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserved");

        assertThat(fixture.rows("security_user")).isZero();
        assertThat(authentication.completeSetup(token, "chief.admin", "Chief", SecurityFixture.password()).userId())
                .isEqualTo("chief.admin");
    }

    @Test
    void aScriptedInstallGivesTheTokenAndTheLogDoesNotRepeatIt() {
        Authentication authentication = fixture.start(new StartOptions(false, "install-script-token-42"));

        assertThat(log.lines("WARN")).containsExactly("First start: open the /setup page and use the setup token "
                + "from framework property cultivar.setup.token to create the administrator.");
        assertThat(authentication.completeSetup("install-script-token-42", "chief.admin", "Chief",
                SecurityFixture.password()).userId()).isEqualTo("chief.admin");
    }

    @Test
    void aGuessableGivenTokenIsIgnoredForAGeneratedOne() {
        Authentication authentication = fixture.start(new StartOptions(false, "12345"));

        assertThat(log.lines("WARN").get(0)).isEqualTo("Framework property cultivar.setup.token is ignored: "
                + "a setup token needs at least 12 characters. A token is generated instead.");
        String token = loggedToken();
        assertThatThrownBy(() -> authentication.completeSetup("12345", "chief.admin", "Chief", SecurityFixture.password()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(authentication.completeSetup(token, "chief.admin", "Chief", SecurityFixture.password()).userId())
                .isEqualTo("chief.admin");
    }

    @Test
    void aRestartBeforeSetupReplacesTheToken() {
        fixture.start(StartOptions.NONE);
        String first = loggedToken();
        Authentication restarted = fixture.start(StartOptions.NONE);
        String second = loggedToken();

        assertThat(second).isNotEqualTo(first);
        assertThat(fixture.rows("security_setup_token")).isEqualTo(1);
        assertThatThrownBy(() -> restarted.completeSetup(first, "chief.admin", "Chief", SecurityFixture.password()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(restarted.completeSetup(second, "chief.admin", "Chief", SecurityFixture.password()).userId())
                .isEqualTo("chief.admin");
    }

    @Test
    void withAnAdministratorNoTokenIsIssuedAndALeftOverOneIsVoided() {
        fixture.administrator();
        fixture.transactions.required(c -> {
            new SetupTokenTable().replace(c, SetupTokens.digest("left-over-token-000"), fixture.clock.instant());
            return null;
        });
        log.close();
        log = new LogCapture(FirstStartSetup.class);

        Authentication restarted = fixture.start(StartOptions.NONE);

        assertThat(log.lines("WARN")).isEmpty();
        assertThat(fixture.rows("security_setup_token")).isZero();
        assertThat(restarted.setupRequired()).isFalse();
    }

    private static long medianNanos(Runnable work) {
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    /** The token of the latest token line. */
    private String loggedToken() {
        List<String> lines = log.lines("WARN");
        assertThat(lines).isNotEmpty();
        return token(lines.get(lines.size() - 1));
    }

    private static String token(String line) {
        Matcher matcher = TOKEN_LINE.matcher(line);
        assertThat(matcher.matches()).as("log line: %s", line).isTrue();
        return matcher.group(1);
    }

    private String storedDigest() {
        return fixture.transactions.required(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT token_hash FROM security_setup_token");
                 ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        });
    }
}
