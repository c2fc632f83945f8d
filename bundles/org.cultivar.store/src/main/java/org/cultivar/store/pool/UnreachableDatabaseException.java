package org.cultivar.store.pool;

/** The pool could not get its first connection; the message is one sentence for a person. */
public class UnreachableDatabaseException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreachableDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
