package org.cultivar.subsidy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link BatchCrashWorker} in a JVM of its own, on the test's class path, whose announcements
 * the test reads line by line; {@link #kill} is SIGKILL on Linux ({@code kill -9}): no shutdown
 * hook, no finally block, no H2 close runs.
 */
final class WorkerProcess {

    private static final String END = "\u0000end";

    private final Process process;
    private final Path errors;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private WorkerProcess(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        Thread reader = new Thread(this::readAnnouncements, "crash-worker-output");
        reader.setDaemon(true);
        reader.start();
    }

    static WorkerProcess start(String database, Path bankJournal, int firms, Path errors) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                BatchCrashWorker.class.getName(), database, bankJournal.toString(), Integer.toString(firms))
                .redirectError(errors.toFile());
        try {
            return new WorkerProcess(builder.start(), errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the first announcement that passes the test; false if the worker ended first. */
    boolean awaitLine(Predicate<String> wanted, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals(END)) {
                lines.add(END);
                return false;
            }
            seen.add(line);
            if (wanted.test(line)) {
                return true;
            }
        }
        throw new AssertionError("The worker announced nothing wanted within " + timeoutSeconds + " s; last lines " + lastLines());
    }

    /** How a worker's run ended. */
    enum Ending {
        KILLED_AT_WORK, FINISHED, FAILED
    }

    /** Kills the worker if it still runs. */
    Ending kill() throws InterruptedException {
        boolean running = process.isAlive();
        process.destroyForcibly();
        process.waitFor();
        drain();
        if (running && process.exitValue() == 137 && !finished()) {
            return Ending.KILLED_AT_WORK;
        }
        return process.exitValue() == 0 && finished() ? Ending.FINISHED : Ending.FAILED;
    }

    /** Waits for the worker to end by itself; its exit code. */
    int awaitExit(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("The worker did not finish within " + timeoutSeconds + " s; last lines " + lastLines());
        }
        drain();
        return process.exitValue();
    }

    boolean finished() {
        return seen.stream().anyMatch(line -> line.startsWith("phase " + BatchCrashWorker.Phase.DONE));
    }

    /** The last announcements, for the log and failure messages. */
    List<String> lastLines() {
        return List.copyOf(seen.subList(Math.max(0, seen.size() - 3), seen.size()));
    }

    String errors() {
        try {
            String text = Files.readString(errors, StandardCharsets.UTF_8);
            return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Takes the announcements up to the end of the output, which comes once the process is gone. */
    private void drain() throws InterruptedException {
        String line;
        while ((line = lines.poll(10, TimeUnit.SECONDS)) != null && !line.equals(END)) {
            seen.add(line);
        }
        lines.add(END);
    }

    private void readAnnouncements() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(BatchCrashWorker.PREFIX)) {
                    lines.add(line.substring(BatchCrashWorker.PREFIX.length()));
                }
            }
        } catch (IOException e) {
            // the worker was killed mid-line
        } finally {
            lines.add(END);
        }
    }
}
