package org.cultivar.core.api.security;

/**
 * Sign-in and passwords. Every attempt, successful or not, is audited; repeated failures lock
 * the account for a while.
 */
public interface Authentication {

    /** The signed-in actor, or {@link SignInFailedException}. */
    Actor signIn(String username, char[] password, String remoteAddress);

    void changePassword(Actor actor, char[] currentPassword, char[] newPassword);

    /** Whether no administrator exists yet, so the first-start setup is open. */
    boolean setupRequired();

    /**
     * Creates the first administrator with the one-time setup token printed on the console at
     * first start; the token is void afterwards.
     */
    Actor completeSetup(String setupToken, String username, String displayName, char[] password);
}
