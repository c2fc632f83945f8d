package org.cultivar.subsidy.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The whole explanation of a decision, stored with the application and the award: the schedule
 * and the parameters it was configured with, the application as entered, what the registry
 * said, every condition's outcome and — if eligible — the amount with every step and tranche.
 * Nothing here is looked up again later, so an approved amount never changes silently.
 */
public record Assessment(String scheduleId, ScheduleConfiguration configuration, ApplicationInput input,
                         RegistryFacts facts, Eligibility eligibility, Optional<AwardCalculation> award) {

    public Assessment {
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(award, "award");
        if (eligibility.eligible() == award.isEmpty()) {
            throw new IllegalArgumentException("An award goes with eligibility, and only with it");
        }
    }
}
