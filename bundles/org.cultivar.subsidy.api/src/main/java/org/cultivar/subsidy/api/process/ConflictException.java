package org.cultivar.subsidy.api.process;

/**
 * The change lost a race or would break a limit: the record changed since the caller read it
 * (another clerk acted first), or the budget has not enough left. Nothing was changed; the
 * message says what happened in words a clerk understands.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
