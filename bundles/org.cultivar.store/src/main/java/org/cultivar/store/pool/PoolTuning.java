package org.cultivar.store.pool;

/**
 * The pool settings a person may change at runtime (Config Admin pid {@value #PID}).
 *
 * @param connectionTimeoutMs how long a caller waits for a free connection; it also bounds
 *                            how long opening a connection may take
 */
public record PoolTuning(int maximumPoolSize, long connectionTimeoutMs) {

    public static final String PID = "org.cultivar.store";
    public static final String MAXIMUM_POOL_SIZE = "maximumPoolSize";
    public static final String CONNECTION_TIMEOUT = "connectionTimeout";

    /** A web request waiting longer than five seconds for a connection is better failed. */
    public static final PoolTuning DEFAULT = new PoolTuning(10, 5_000);

    /** Hikari's own lower bound for the connection timeout. */
    public static final long MINIMUM_CONNECTION_TIMEOUT_MS = 250;

    public PoolTuning {
        if (maximumPoolSize < 1) {
            throw new InvalidTuningException(MAXIMUM_POOL_SIZE, "must be at least 1");
        }
        if (connectionTimeoutMs < MINIMUM_CONNECTION_TIMEOUT_MS) {
            throw new InvalidTuningException(CONNECTION_TIMEOUT,
                    "must be at least " + MINIMUM_CONNECTION_TIMEOUT_MS + " ms");
        }
    }

    /** A property value refused, named so Config Admin can tell the form which field is wrong. */
    public static final class InvalidTuningException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String property;

        public InvalidTuningException(String property, String reason) {
            super(property + " " + reason);
            this.property = property;
        }

        public String property() {
            return property;
        }
    }
}
