package org.cultivar.store.pool;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.cultivar.store.api.Database;

/**
 * Where the database is and whom to log in as. They come from framework properties rather
 * than Config Admin because the launcher must learn synchronously, while starting the store,
 * whether the database can be reached.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String URL_PROPERTY = "cultivar.db.url";
    public static final String USER_PROPERTY = "cultivar.db.user";
    public static final String PASSWORD_PROPERTY = "cultivar.db.password";
    public static final String DATA_DIR_PROPERTY = "cultivar.data.dir";

    /**
     * H2 in PostgreSQL mode with lower-case identifiers, so that one set of migrations and
     * queries runs on both databases.
     */
    // LOCK_TIMEOUT: writers queue on a locked row (the audit chain head) for up to 10 s rather than H2's default 1 s
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";

    private static final Pattern CREDENTIAL_PARAMETER =
            Pattern.compile("(?i)(?<=[?&;])(user|password)=[^&;]*[&;]?");

    public DatabaseSettings {
        kindOf(url); // refuses URLs of other databases early, with a clear message
    }

    /** Reads the settings; an absent URL means the H2 file under the data directory. */
    public static DatabaseSettings from(UnaryOperator<String> properties) {
        String url = blankToNull(properties.apply(URL_PROPERTY));
        if (url == null) {
            url = defaultH2Url(blankToNull(properties.apply(DATA_DIR_PROPERTY)));
        }
        String user = properties.apply(USER_PROPERTY);
        String password = properties.apply(PASSWORD_PROPERTY);
        if (kindOf(url) == Database.Kind.H2) {
            // H2 needs some user; the first one to open a new file becomes its owner
            user = user == null ? "sa" : user;
            password = password == null ? "" : password;
        }
        return new DatabaseSettings(url, user, password);
    }

    public Database.Kind kind() {
        return kindOf(url);
    }

    /** The URL without user or password parameters, fit for logs and messages. */
    public String redactedUrl() {
        return redact(url);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + redactedUrl() + ", user=" + user + "]";
    }

    static String redact(String url) {
        return CREDENTIAL_PARAMETER.matcher(url).replaceAll("").replaceAll("[?&;]+$", "");
    }

    private static Database.Kind kindOf(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return Database.Kind.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Database.Kind.POSTGRESQL;
        }
        throw new IllegalArgumentException(
                URL_PROPERTY + " must start with jdbc:h2: or jdbc:postgresql:, but is '" + redact(url) + "'.");
    }

    private static String defaultH2Url(String dataDir) {
        if (dataDir == null) {
            throw new IllegalArgumentException("Neither " + URL_PROPERTY + " nor " + DATA_DIR_PROPERTY
                    + " is set, so the store does not know where the database is.");
        }
        // H2 refuses paths that are implicitly relative to the working directory
        return h2FileUrl(Path.of(dataDir).toAbsolutePath().resolve("db").resolve("cultivar"));
    }

    /**
     * The URL of an H2 database file (without its {@code .mv.db} suffix) as the product opens it.
     * {@code retry:} is H2's file system that reopens the file channel when a thread is interrupted
     * inside a read or write: Java closes an interrupted thread's channel for every thread, and on a
     * plain {@code file:} H2 2.3 then fails the next reads of everyone until a restart (ADR 0011).
     */
    public static String h2FileUrl(Path file) {
        return "jdbc:h2:retry:" + file + H2_OPTIONS + ";CACHE_SIZE=" + h2CacheKilobytes(Runtime.getRuntime().maxMemory());
    }

    /**
     * H2's page cache for a heap of the given size: an eighth of it, from 16 MB (H2's own default,
     * whatever the heap) to 2 GB. At a million enterprises the registry file holds gigabytes; with
     * 16 MB every search that leaves the few hot pages reads the file and every import part
     * re-reads the index pages it changes (docs/performance.md, 2026-11-27 fourth pass).
     */
    static long h2CacheKilobytes(long maxHeapBytes) {
        long eighth = maxHeapBytes / 8 / 1024;
        return Math.max(16L * 1024, Math.min(2L * 1024 * 1024, eighth));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
