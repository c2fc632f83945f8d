package org.cultivar.launcher;

/** Start-up cannot go on; the message is the one line the person starting Cultivar reads. */
public class StartupException extends Exception {
    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
