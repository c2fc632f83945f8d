package org.cultivar.core.api.security;

/**
 * Sign-in was refused. The message never says whether the user name exists; a locked
 * account says so and until when.
 */
public class SignInFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SignInFailedException(String message) {
        super(message);
    }
}
