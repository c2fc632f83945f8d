package org.cultivar.launcher.provisioning;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.cultivar.core.api.platform.PlatformException;

/**
 * Trusted jars in {@code DATA/uploads/<sha256>.jar}: the bundle cache is rebuilt at every start
 * (ADR 0001), so an uploaded jar needs a home of its own. Files are named by their hash only,
 * so nothing a user sends ever becomes part of a path.
 */
final class UploadedJarFiles {

    private final Path folder;

    UploadedJarFiles(Path folder) {
        this.folder = folder;
    }

    Path path(String sha256) {
        if (!Sha256.isHex(sha256)) {
            // the hash may come from the database: a forged one must not reach the file system
            throw new PlatformException("The recorded hash " + shortened(sha256) + " is not a SHA-256 value");
        }
        return folder.resolve(sha256 + ".jar");
    }

    /**
     * Keeps the content under its hash, written whole or not at all.
     *
     * @return whether this call created the file (so a failed install removes only what it wrote)
     */
    boolean keep(String sha256, byte[] content) {
        Path target = path(sha256);
        try {
            if (Files.isRegularFile(target) && Sha256.of(Files.readAllBytes(target)).equals(sha256)) {
                return false;
            }
            boolean existed = Files.exists(target);
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".upload-", ".part");
            try {
                Files.write(partial, content);
                move(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
            return !existed;
        } catch (IOException e) {
            throw new PlatformException("The jar could not be kept in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The kept content, refused unless it still has the trusted hash. */
    byte[] readTrusted(String sha256) {
        Path file = path(sha256);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PlatformException("its file " + file + " is missing");
        } catch (IOException e) {
            throw new PlatformException("its file " + file + " cannot be read: " + e.getMessage(), e);
        }
        String actual = Sha256.of(content);
        if (!actual.equals(sha256)) {
            throw new PlatformException("its file " + file + " was changed after it was trusted: its SHA-256 is now " + actual);
        }
        return content;
    }

    void delete(String sha256) {
        try {
            Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            throw new PlatformException("The jar " + sha256 + ".jar could not be removed: " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String shortened(String text) {
        if (text == null) {
            return "(none)";
        }
        String safe = text.replaceAll("[^0-9A-Za-z]", "?");
        return safe.length() <= 70 ? safe : safe.substring(0, 70) + "…";
    }
}
