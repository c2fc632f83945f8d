package org.cultivar.store.pool;

/** Turns a failure into the database's own words on one line, for logs and status pages. */
public final class DatabaseMessages {

    private DatabaseMessages() {
    }

    /**
     * The message of the innermost cause (the driver's reason, e.g. "Connection refused"),
     * on one line and without H2's trailing error code such as {@code [90020-232]}.
     */
    public static String of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s*\\[\\d{5}-\\d+]\\s*$", "").replaceAll("\\s+", " ").trim();
    }
}
