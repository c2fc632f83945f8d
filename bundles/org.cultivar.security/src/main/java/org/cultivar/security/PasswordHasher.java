package org.cultivar.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}),
 * so a hash carries its own parameters and old hashes keep verifying if the parameters grow.
 *
 * <p>Every parameter is given here, never read from password4j's optional
 * {@code psw4j.properties}: inside the framework that file is not on any class path, and without
 * it password4j would fall back to its own defaults and log a warning on every hash.
 */
final class PasswordHasher {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordHasher.class);

    // OWASP Password Storage Cheat Sheet, minimum for Argon2id: 19 MiB memory, 2 iterations,
    // parallelism 1 (about 80 ms per hash on one server core)
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(
            MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13);

    /**
     * Each Argon2 computation works on its own 19 MiB copy of the memory blocks: a burst of
     * parallel sign-in attempts must queue here instead of exhausting the heap.
     */
    private static final Semaphore COMPUTATIONS = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);

    private final SecureRandom random = new SecureRandom();

    String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] plain = utf8(password);
        COMPUTATIONS.acquireUninterruptibly();
        try {
            return ARGON2ID.hash(plain, salt).getResult();
        } finally {
            COMPUTATIONS.release();
            Arrays.fill(plain, (byte) 0);
        }
    }

    boolean matches(char[] password, String storedHash) {
        byte[] plain = utf8(password);
        COMPUTATIONS.acquireUninterruptibly();
        try {
            return Argon2Function.getInstanceFromHash(storedHash)
                    .check(plain, storedHash.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) { // BadParametersException included
            LOG.error("A stored password hash is not a valid Argon2 hash; the sign-in is refused", e);
            return false;
        } finally {
            COMPUTATIONS.release();
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** UTF-8 without a String copy of the password, which could not be wiped. */
    private static byte[] utf8(char[] password) {
        char[] chars = password == null ? new char[0] : password;
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
