package org.cultivar.reports.api;

/** A report could not be produced for a reason that is not the user's input (a broken template, say). */
public class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
