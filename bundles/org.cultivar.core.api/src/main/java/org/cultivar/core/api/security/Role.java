package org.cultivar.core.api.security;

/** What a user may do; a user holds one or more roles. */
public enum Role {
    /** Platform, bundles and features of every region, users. */
    ADMINISTRATOR,
    /** A region's schedules, budgets and final approval. */
    OFFICIAL,
    /** A region's applications, reviews and batches. */
    CLERK,
    /** Read-only everywhere in scope: reports and audit verification. */
    AUDITOR
}
