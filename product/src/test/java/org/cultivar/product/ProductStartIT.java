package org.cultivar.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled product, started from its jar as a person would. */
class ProductStartIT {

    @TempDir
    Path temp;

    @Test
    void startsReportsHealthStopsOnSigtermAndStartsAgainOnTheSameData() throws Exception {
        Path data = temp.resolve("data");
        try (RunningProduct product = RunningProduct.start(data)) {
            String health = product.awaitHealthy(Duration.ofSeconds(90));
            assertThat(health).contains("\"status\" : \"UP\"")
                    .contains("\"kind\" : \"H2\"")
                    .contains("\"symbolicName\" : \"org.cultivar.store\"")
                    .contains("\"symbolicName\" : \"org.cultivar.platform\"")
                    .contains("\"symbolicName\" : \"org.cultivar.security\"")
                    .contains("\"symbolicName\" : \"org.cultivar.audit\"")
                    .doesNotContain("\"state\" : \"RESOLVED\"");
            assertThat(product.output()).as("the first start without --demo offers the one-time setup token")
                    .containsPattern("First start: open the /setup page and use setup token [A-Z2-7]{20} ");
            double seconds = product.terminate();
            assertThat(seconds).as("seconds from SIGTERM to exit").isLessThan(15);
            assertThat(product.output()).contains("Cultivar stopped");
        }
        assertThat(data.resolve("logs/cultivar.log")).exists();
        assertThat(Files.readString(data.resolve("logs/cultivar.log"))).contains("Cultivar started");

        try (RunningProduct again = RunningProduct.start(data)) {
            assertThat(again.awaitHealthy(Duration.ofSeconds(90))).contains("\"status\" : \"UP\"");
        }
    }

    @Test
    void afterAKillTheNextStartSaysTheLastRunStoppedUncleanlyAndChecksTheAuditTrail() throws Exception {
        Path data = temp.resolve("data");
        try (RunningProduct product = RunningProduct.start(data)) {
            assertThat(product.awaitHealthy(Duration.ofSeconds(90))).contains("\"stoppedCleanly\" : true");
            product.kill();
        }
        try (RunningProduct again = RunningProduct.start(data)) {
            String health = again.awaitHealth("\"auditChain\" : \"INTACT\"", Duration.ofSeconds(90));
            assertThat(health).contains("\"status\" : \"UP\"", "\"stoppedCleanly\" : false", "\"auditChain\" : \"INTACT\"")
                    .containsPattern("\"run\" : \"pid \\d+, started 20");
            assertThat(again.output()).contains("did not stop cleanly", "After the unclean stop the audit trail is intact");
            again.terminate();
        }
        RunningProduct.Result verified = RunningProduct.runToExit("--data", data.toString(), "--verify-audit");
        assertThat(verified.exitCode()).as(verified.output()).isZero();
        try (RunningProduct cleanAgain = RunningProduct.start(data)) {
            assertThat(cleanAgain.awaitHealthy(Duration.ofSeconds(90))).as("the SIGTERM stop before was clean")
                    .contains("\"stoppedCleanly\" : true").doesNotContain("auditChain");
        }
    }

    @Test
    void servesSecurityHeadersAndMarksTheCookieSecureOnlyForForwardedHttps() throws Exception {
        try (RunningProduct product = RunningProduct.start(temp.resolve("d4"), "--trust-forwarded-headers")) {
            product.awaitHealthy(Duration.ofSeconds(90));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> plain = http.send(HttpRequest.newBuilder(product.url("/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plain.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
            assertThat(plain.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(plain.headers().firstValue("Server")).isEmpty();
            assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));

            HttpResponse<String> viaProxy = http.send(HttpRequest.newBuilder(product.url("/login"))
                    .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(viaProxy.headers().allValues("Set-Cookie")).isNotEmpty().allSatisfy(cookie ->
                    assertThat(cookie).contains("Secure").contains("HttpOnly"));

            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(product.url("/VAADIN/../../etc/passwd")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.body()).doesNotContain("root:", "\tat ", "Exception");
        }
    }

    @Test
    void verifiesTheAuditTrailFromTheCommandLine() throws Exception {
        Path data = temp.resolve("d5");
        try (RunningProduct product = RunningProduct.start(data, "--demo")) {
            product.awaitHealthy(Duration.ofSeconds(90)); // demo users are created and audited
        }
        RunningProduct.Result result = RunningProduct.runToExit("--data", data.toString(), "--verify-audit");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("Audit trail intact: [1-9]\\d* entries verified");
    }

    @Test
    void helpListsTheOptions() throws Exception {
        RunningProduct.Result result = RunningProduct.runToExit("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("--port", "--data", "--db-url", "--db-user", "--db-password", "--demo");
    }

    @Test
    void aMalformedDatabaseUrlIsOneClearLineAndExitOne() throws Exception {
        RunningProduct.Result result = RunningProduct.runToExit("--data", temp.resolve("d1").toString(), "--db-url", "postgres://nowhere");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("--db-url \"postgres://nowhere\" is not a PostgreSQL JDBC URL")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnreachableDatabaseIsNamedAndNothingKeepsRunning() throws Exception {
        int closedPort = RunningProduct.freePort();
        RunningProduct.Result result = RunningProduct.runToExit("--port", String.valueOf(RunningProduct.freePort()),
                "--data", temp.resolve("d2").toString(), "--db-url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/cultivar");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("Cannot reach the database").contains("127.0.0.1:" + closedPort)
                .doesNotContain("\tat ");
    }

    @Test
    void aPortInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            RunningProduct.Result result = RunningProduct.runToExit("--port", String.valueOf(taken.getLocalPort()),
                    "--data", temp.resolve("d3").toString());
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.output()).contains("Port " + taken.getLocalPort() + " is already in use").doesNotContain("\tat ");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenIsNamed() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
        RunningProduct.Result result = RunningProduct.runToExit("--data", file.resolve("data").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("is not writable").contains("--data").doesNotContain("\tat ");
    }
}
