package org.cultivar.registry.api;

/**
 * A text that is no credit code, with the reason in English (the message) and in Chinese:
 * clerks see the reason on the form or the import line that holds the code.
 */
public final class InvalidCreditCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String chinese;

    InvalidCreditCodeException(String chinese, String english) {
        super(english);
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The reason in Chinese where {@code chinese} is asked for, else in English. */
    public String message(boolean chinese) {
        return chinese ? this.chinese : getMessage();
    }
}
