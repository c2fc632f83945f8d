package org.cultivar.subsidy.api;

import java.util.Objects;
import java.util.Set;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;

/**
 * An award the enterprise already holds, as the engine reports it for once-only, top-up and
 * yearly-cap rules.
 *
 * @param purposes   the purpose tags of the awarding schedule, e.g. {@code cultivation}
 * @param titleId    the title the award rested on, or {@code null} if it rested on none
 * @param amount     the amount awarded and still standing: cancelled awards are left out, recovered sums deducted
 * @param fiscalYear the fiscal year of the award's application
 */
public record PriorAward(long awardId, String scheduleId, RegionCode region, Set<String> purposes, Long titleId,
                         Money amount, int fiscalYear) {

    public PriorAward {
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(region, "region");
        purposes = Set.copyOf(purposes);
        Objects.requireNonNull(amount, "amount");
    }
}
