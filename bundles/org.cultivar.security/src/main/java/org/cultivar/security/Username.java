package org.cultivar.security;

import java.util.Locale;
import java.util.regex.Pattern;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.InvalidAccountInputException;

/**
 * A user name as stored: 3–64 characters of {@code a-z 0-9 . _ -}, lower case. Input is
 * accepted in any case and stored in lower case, which makes names unique regardless of case.
 */
record Username(String value) {

    static final int MINIMUM_LENGTH = 3;
    static final int MAXIMUM_LENGTH = 64;

    // ASCII only and checked before lower-casing: Unicode case folding maps look-alikes such as
    // the Kelvin sign (U+212A) onto 'k', which would let a different spelling reach an account
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]+");

    Username {
        if (!ALLOWED.matcher(value).matches() || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Not a stored user name: " + value);
        }
    }

    /** Checks what a person typed; the message says what is wrong with it. */
    static Username parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidAccountInputException("用户名必须填写。", "User name is required.");
        }
        String trimmed = input.strip();
        if (trimmed.length() > MAXIMUM_LENGTH) {
            throw new InvalidAccountInputException("用户名最多 " + MAXIMUM_LENGTH + " 个字符（现为 " + trimmed.length() + " 个）。",
                    "User name must be at most " + MAXIMUM_LENGTH + " characters long (got " + trimmed.length() + ").");
        }
        if (trimmed.length() < MINIMUM_LENGTH) {
            throw new InvalidAccountInputException("用户名至少须有 " + MINIMUM_LENGTH + " 个字符。", "User name must be at least " + MINIMUM_LENGTH + " characters long.");
        }
        if (!ALLOWED.matcher(trimmed).matches()) {
            throw new InvalidAccountInputException("用户名只能包含字母 a-z、数字 0-9 以及“.”“_”“-”。",
                    "User name may contain only letters a-z, digits 0-9, '.', '_' and '-'.");
        }
        return new Username(trimmed.toLowerCase(Locale.ROOT));
    }

    /**
     * A name for a new account. {@code system} and {@code anonymous} are what the audit trail
     * calls automatic work and not-yet-signed-in callers; no person may take them.
     */
    static Username parseNew(String input) {
        Username name = parse(input);
        if (name.value().equals(Actor.SYSTEM.userId()) || name.value().equals(SecurityAuditEvents.ANONYMOUS.userId())) {
            throw new InvalidAccountInputException("用户名“" + name + "”为系统保留，请另选一个。", "User name '" + name + "' is reserved; choose another.");
        }
        return name;
    }

    /** The name a sign-in form sent, or {@code null} when it cannot be any user's name. */
    static Username parseOrNull(String input) {
        try {
            return parse(input);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
