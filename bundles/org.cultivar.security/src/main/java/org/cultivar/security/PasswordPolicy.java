package org.cultivar.security;

import java.nio.CharBuffer;

import org.cultivar.core.api.security.InvalidAccountInputException;

/**
 * What a new password must satisfy. Length is what makes a password strong (NIST SP 800-63B),
 * so there are no composition rules; the upper bound only keeps absurd input out.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;
    static final int MAXIMUM_LENGTH = 256;

    private PasswordPolicy() {
    }

    static void check(Username username, char[] password) {
        if (password == null || password.length == 0) {
            throw new InvalidAccountInputException("密码必须填写。", "Password is required.");
        }
        CharBuffer text = CharBuffer.wrap(password);
        int length = Character.codePointCount(text, 0, text.length());
        if (length < MINIMUM_LENGTH) {
            throw new InvalidAccountInputException("密码至少须有 " + MINIMUM_LENGTH + " 个字符。", "Password must be at least " + MINIMUM_LENGTH + " characters long.");
        }
        if (length > MAXIMUM_LENGTH) {
            throw new InvalidAccountInputException("密码最多 " + MAXIMUM_LENGTH + " 个字符（现为 " + length + " 个）。",
                    "Password must be at most " + MAXIMUM_LENGTH + " characters long (got " + length + ").");
        }
        if (text.chars().allMatch(Character::isWhitespace)) {
            throw new InvalidAccountInputException("密码不能只由空格组成。", "Password must not consist of spaces only.");
        }
        int broken = unpairedSurrogate(password);
        if (broken >= 0) {
            // UTF-8 cannot encode it: the hash would be taken over '?' instead, so another password would match
            throw new InvalidAccountInputException("密码第 " + (broken + 1) + " 个字符已损坏（不成对的 UTF-16 代理字符），请重新输入。",
                    "Password contains a broken character (an unpaired UTF-16 surrogate) at position " + (broken + 1) + "; type it again.");
        }
        if (isUsername(username, password)) {
            throw new InvalidAccountInputException("密码不能与用户名相同。", "Password must not be the user name.");
        }
    }

    /** The index of the first surrogate that is not half of a pair, or -1; checked in place, without copies. */
    private static int unpairedSurrogate(char[] password) {
        for (int i = 0; i < password.length; i++) {
            if (Character.isHighSurrogate(password[i]) && i + 1 < password.length
                    && Character.isLowSurrogate(password[i + 1])) {
                i++;
            } else if (Character.isSurrogate(password[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Compared in place, ignoring case, so that no String copy of the password lingers. */
    private static boolean isUsername(Username username, char[] password) {
        String name = username.value();
        if (name.length() != password.length) {
            return false;
        }
        for (int i = 0; i < password.length; i++) {
            if (Character.toLowerCase(password[i]) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
