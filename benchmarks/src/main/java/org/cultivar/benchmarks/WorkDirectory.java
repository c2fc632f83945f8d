package org.cultivar.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A benchmark's scratch directory under the temporary directory, deleted when the benchmark is
 * done with it: a million-row registry or a 100,000-payout database takes gigabytes, and runs
 * that kept theirs filled this machine's disk. {@code -Dkeep=true} keeps it (the registry
 * benchmark's {@code -DsearchOnly=DIR} reuses a kept one) and prints where it is.
 */
final class WorkDirectory {

    private WorkDirectory() {
    }

    static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(prefix);
    }

    static void discard(Path directory) {
        if (Boolean.getBoolean("keep")) {
            System.out.printf("kept (-Dkeep=true): %s%n", directory);
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the benchmark's directory " + directory, e);
        }
    }
}
