package org.cultivar.subsidy.api;

import java.util.List;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;

/**
 * What the enterprise already received, under this and other schedules and regions; the engine
 * supplies it (including awards approved but not yet paid) so that rules never pay twice.
 */
public record PriorAwards(List<PriorAward> awards) {

    public static final PriorAwards NONE = new PriorAwards(List.of());

    public PriorAwards {
        awards = List.copyOf(awards);
    }

    public static PriorAwards of(PriorAward... awards) {
        return new PriorAwards(List.of(awards));
    }

    public List<PriorAward> underSchedule(String scheduleId) {
        return awards.stream().filter(award -> award.scheduleId().equals(scheduleId)).toList();
    }

    /** Awards of the region's schedules that carry the purpose. */
    public List<PriorAward> forPurpose(String purpose, RegionCode region) {
        return awards.stream().filter(award -> award.region().equals(region) && award.purposes().contains(purpose)).toList();
    }

    public static Money total(List<PriorAward> awards) {
        return awards.stream().map(PriorAward::amount).reduce(Money.ZERO, Money::plus);
    }
}
