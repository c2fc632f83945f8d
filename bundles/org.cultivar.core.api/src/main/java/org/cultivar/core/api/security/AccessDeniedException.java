package org.cultivar.core.api.security;

/** The acting user's role or region does not allow this; nothing was read or changed. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
