package org.cultivar.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * One-time setup tokens: 20 base32 characters (100 random bits), easy to read off a console
 * and type. Only their SHA-256 is stored; a token this random needs no slow hash.
 */
final class SetupTokens {

    static final int LENGTH = 20;
    /** A token given by framework property must not be guessable either. */
    static final int MINIMUM_GIVEN_LENGTH = 12;

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final SecureRandom random = new SecureRandom();

    String generate() {
        char[] token = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            token[i] = BASE32[random.nextInt(BASE32.length)];
        }
        return new String(token);
    }

    static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Constant-time comparison, so response times say nothing about how much of a guess was right. */
    static boolean matches(String token, String storedDigest) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(digest(token).getBytes(StandardCharsets.US_ASCII),
                storedDigest.getBytes(StandardCharsets.US_ASCII));
    }
}
