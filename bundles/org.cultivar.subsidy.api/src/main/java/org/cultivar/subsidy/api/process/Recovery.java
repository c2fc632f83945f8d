package org.cultivar.subsidy.api.process;

import java.time.LocalDate;
import java.util.Objects;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CreditCode;

/** A clawback of paid amounts of an award, after a revocation or a fraud finding, and what was repaid so far. */
public record Recovery(long id, long version, long awardId, String scheduleId, CreditCode enterprise, Money due,
                       Money repaid, Status status, String reason, String openedBy, LocalDate openedOn) {

    public enum Status {
        OPEN, SETTLED
    }

    public Recovery {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(repaid, "repaid");
        if (repaid.compareTo(due) > 0) {
            throw new IllegalArgumentException("More repaid than due");
        }
    }

    public Money outstanding() {
        return due.minus(repaid);
    }
}
