package org.cultivar.registry.api;

/** The user's choice when a file has invalid rows. */
public enum ImportMode {
    /** Store nothing unless every row is valid. */
    ALL_OR_NOTHING,
    /** Store the valid rows, skip the invalid ones (listed in the preview). */
    VALID_ROWS_ONLY
}
