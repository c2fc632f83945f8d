package org.cultivar.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up of the assembled product as a person runs it: from process start to the first
 * {@code /health} answering 200 (UP), on a fresh data directory each time.
 */
final class StartupBenchmark {

    private final Path distribution;

    StartupBenchmark(Path distribution) {
        this.distribution = distribution;
    }

    void run(int runs) throws Exception {
        List<Double> seconds = new ArrayList<>();
        List<Long> rssKiB = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path data = Files.createTempDirectory("cultivar-bench");
            int port = freePort();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", distribution.resolve("cultivar.jar").toString(), "--port", String.valueOf(port), "--data", data.toString())
                    .redirectErrorStream(true).redirectOutput(data.resolve("console.log").toFile()).start();
            long start = System.nanoTime();
            try {
                awaitUp(process, port);
                seconds.add((System.nanoTime() - start) / 1e9);
                Thread.sleep(2000); // let start-up work settle before reading memory
                rssKiB.add(residentKiB(process.pid()));
            } finally {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        System.out.printf("machine: %s%n", Machine.describe());
        System.out.printf("start-up to /health UP, %d runs: median %.2f s (min %.2f, max %.2f)%n",
                runs, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
        System.out.printf("resident memory after start-up: median %d MiB (%s MiB)%n",
                rssKiB.stream().sorted().toList().get(rssKiB.size() / 2) / 1024,
                rssKiB.stream().map(k -> String.valueOf(k / 1024)).toList());
        System.out.printf("distribution: cultivar.jar %d KiB, lib/ %d MiB, repository/ %d MiB%n",
                Files.size(distribution.resolve("cultivar.jar")) / 1024,
                size(distribution.resolve("lib")) >> 20, size(distribution.resolve("repository")) >> 20);
    }

    private static void awaitUp(Process process, int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("cultivar exited with " + process.exitValue());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("/health not UP within 120 s");
    }

    private static long residentKiB(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(-1L);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
