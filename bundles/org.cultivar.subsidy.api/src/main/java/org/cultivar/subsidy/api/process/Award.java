package org.cultivar.subsidy.api.process;

import java.time.LocalDate;
import java.util.Objects;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.Assessment;

/**
 * An approved amount with the assessment it was computed from (facts, parameters, steps,
 * tranches), which never changes afterwards.
 */
public record Award(long id, long version, long applicationId, String scheduleId, RegionCode region,
                    CreditCode enterprise, Money amount, Assessment assessment, Status status, LocalDate approvedOn,
                    String approvedBy) {

    public enum Status {
        /** Tranches remain to be paid. */
        ACTIVE,
        /** Every tranche paid or cancelled. */
        COMPLETED,
        /** Cancelled before payment; its commitments were released. */
        CANCELLED
    }

    public Award {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(status, "status");
    }
}
