package org.cultivar.reports.api;

/**
 * A parameter a report asks for, so the Reports page knows which fields to show.
 *
 * @param required whether the report refuses to run without it
 */
public record ReportParameter(Kind kind, boolean required) {

    public enum Kind {
        /** A GB/T 2260 region code; defaults to the actor's own scope. */
        REGION,
        /** A subsidy schedule id. */
        SCHEDULE,
        FISCAL_YEAR,
        /** {@code from} and {@code to}, both inclusive. */
        DATE_RANGE,
        /** A disbursement batch id. */
        BATCH,
        /** An enterprise's unified social credit code. */
        ENTERPRISE,
        /** An audited entity: its type and id. */
        ENTITY,
        /** A payout's number (an entity of type {@value ReportParameter#PAYOUT_ENTITY}). */
        PAYOUT
    }

    /** The audit trail's entity type of a payout. */
    public static final String PAYOUT_ENTITY = "payout";

    public static ReportParameter required(Kind kind) {
        return new ReportParameter(kind, true);
    }

    public static ReportParameter optional(Kind kind) {
        return new ReportParameter(kind, false);
    }
}
