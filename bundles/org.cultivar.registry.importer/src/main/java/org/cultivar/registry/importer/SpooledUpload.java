package org.cultivar.registry.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.cultivar.registry.api.InvalidInputException;

/**
 * An uploaded file copied to disk once, with its SHA-256 computed on the way, so that preview
 * and import read the very same bytes and the audit entry can name them.
 */
record SpooledUpload(Path file, String sha256, long bytes) {

    static final String SUFFIX = ".upload";

    /**
     * Copies the stream into a new file in the folder; refuses (deleting the partial copy) an
     * empty stream or one larger than the limit, without reading past the limit.
     */
    static SpooledUpload store(InputStream content, Path folder, ImportLimits limits) {
        Path file = null;
        try {
            Files.createDirectories(folder);
            file = Files.createTempFile(folder, "batch-list-", SUFFIX);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long bytes;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                bytes = copy(content, out, limits);
            }
            if (bytes == 0) {
                throw new InvalidInputException("file", "文件是空的。", "the file is empty");
            }
            return new SpooledUpload(file, HexFormat.of().formatHex(digest.digest()), bytes);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            delete(file);
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private static long copy(InputStream in, OutputStream out, ImportLimits limits) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > limits.maxFileBytes()) {
                throw new InvalidInputException("file", "文件大于 " + limits.fileSize() + "，超出一次导入的上限；请拆分为几个文件。",
                        "the file is larger than " + limits.fileSize() + ", the most one import takes; split it into several files");
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    void delete() {
        delete(file);
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
