package org.cultivar.core.api.security;

/**
 * What was typed for an account (user name, display name, password, roles, region) is refused;
 * nothing was stored. The message is English; {@link #chinese()} is the same for the Chinese UI.
 *
 * @since 1.2
 */
public class InvalidAccountInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String chinese;

    public InvalidAccountInputException(String chinese, String english) {
        super(english);
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
