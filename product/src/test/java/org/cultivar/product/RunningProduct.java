package org.cultivar.product;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The assembled distribution started as a person starts it: {@code java -jar cultivar.jar}. */
final class RunningProduct implements AutoCloseable {

    static final Path DISTRIBUTION = Path.of(System.getProperty("cultivar.distribution", "target"));

    private final Process process;
    private final Path output;
    final int port;

    private RunningProduct(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** Starts the product and returns at once; see {@link #awaitHealthy}. */
    static RunningProduct start(Path data, String... extraArgs) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar",
                DISTRIBUTION.resolve("cultivar.jar").toString(), "--port", String.valueOf(port), "--data", data.toString()));
        command.addAll(List.of(extraArgs));
        Path output = Files.createTempFile("cultivar-run", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new RunningProduct(process, output, port);
    }

    /** Runs the product with arguments that must make it exit; returns exit code and output. */
    static Result runToExit(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", DISTRIBUTION.resolve("cultivar.jar").toString()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("cultivar-exit", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("cultivar did not exit: " + Files.readString(output));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String output) {
    }

    /** Polls /health until it answers 200 or the time is up; returns the last body. */
    String awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("cultivar exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                last = response.body();
                if (response.statusCode() == 200) {
                    return last;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("/health did not become UP within " + timeout + "; last answer: " + last + "\n" + output());
    }

    URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** SIGTERM, as a service manager stops it; returns the seconds it took to exit. */
    double terminate() throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("cultivar did not stop within 30 s of SIGTERM");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** SIGKILL, as a crash or a power cut ends it: nothing runs on the way out. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("cultivar did not die within 30 s of SIGKILL");
        }
    }

    /** Polls /health until its body contains {@code expected} or the time is up; returns the last body. */
    String awaitHealth(String expected, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = awaitHealthy(timeout);
        while (!last.contains(expected) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            last = awaitHealthy(timeout);
        }
        return last;
    }

    int exitCode() {
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
