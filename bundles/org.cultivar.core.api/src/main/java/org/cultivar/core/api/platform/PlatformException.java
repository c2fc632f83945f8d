package org.cultivar.core.api.platform;

/** A platform operation was refused; the message is meant for the person who asked. */
public class PlatformException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
