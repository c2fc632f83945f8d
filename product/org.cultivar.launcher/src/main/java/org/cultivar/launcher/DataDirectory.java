package org.cultivar.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The data directory and its parts; checked to be writable before anything starts. */
public record DataDirectory(Path root) {

    public static DataDirectory prepare(Path root) throws StartupException {
        Path absolute = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            Path probe = Files.createTempFile(absolute, ".write-check", ".tmp");
            Files.delete(probe);
            for (String part : new String[] {"db", "config", "logs", "framework"}) {
                Files.createDirectories(absolute.resolve(part));
            }
        } catch (IOException | SecurityException e) {
            throw new StartupException("The data directory " + absolute + " is not writable (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); choose another with --data");
        }
        return new DataDirectory(absolute);
    }

    public Path database() {
        return root.resolve("db");
    }

    public Path configuration() {
        return root.resolve("config");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** The framework's bundle cache; rebuilt from the repository and the database at each start. */
    public Path frameworkCache() {
        return root.resolve("framework");
    }
}
