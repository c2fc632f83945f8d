package org.cultivar.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
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
