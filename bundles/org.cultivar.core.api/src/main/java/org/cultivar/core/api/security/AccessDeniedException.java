package org.cultivar.core.api.security;

/**
 * The acting user's role or region does not allow this; nothing was read or changed. The message
 * is English; a refusal a clerk or official meets in daily work also carries its Chinese wording.
 */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String chinese;

    public AccessDeniedException(String message) {
        super(message);
        this.chinese = null;
    }

    /** @since 1.1 */
    public AccessDeniedException(String chinese, String english) {
        super(english);
        this.chinese = chinese;
    }

    /** The Chinese wording, or the English message where none was given. @since 1.1 */
    public String chinese() {
        return chinese != null ? chinese : getMessage();
    }
}
