package org.cultivar.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.cultivar.core.api.audit.AuditEntry;

/**
 * The hash that seals one link of the chain: SHA-256, as 64 lower-case hex digits, over the
 * canonical form of every field of the entry followed by the previous entry's hash.
 *
 * <p>The canonical form writes each field as its UTF-8 byte length, a colon and the bytes, or
 * a single {@code -} for null, in this order: sequence (decimal), recorded-at (ISO-8601 UTC,
 * {@link java.time.Instant#toString()}), actor id, actor roles, actor region, action, entity
 * type, entity id, region, before, after, previous hash. The length prefix keeps field
 * boundaries unambiguous ("ab","c" and "a","bc" differ) and null distinct from empty. Every
 * stored chain depends on this form: changing it fails every existing entry, which is why
 * EntryHashTest pins it to a fixed value.
 */
final class EntryHash {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private EntryHash() {
    }

    /** The hash of {@code entry} (its own {@code hash} field is ignored) linked to {@code previousHash}. */
    static String of(AuditEntry entry, String previousHash) {
        MessageDigest sha256 = sha256();
        field(sha256, Long.toString(entry.sequence()));
        field(sha256, entry.recordedAt().toString());
        field(sha256, entry.actorId());
        field(sha256, entry.actorRoles());
        field(sha256, entry.actorRegion());
        field(sha256, entry.action());
        field(sha256, entry.entityType());
        field(sha256, entry.entityId());
        field(sha256, entry.region());
        field(sha256, entry.before());
        field(sha256, entry.after());
        field(sha256, previousHash);
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void field(MessageDigest sha256, String value) {
        if (value == null) {
            sha256.update((byte) '-');
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha256.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime must provide SHA-256", e);
        }
    }
}
