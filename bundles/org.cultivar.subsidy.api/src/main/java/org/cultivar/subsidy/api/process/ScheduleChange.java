package org.cultivar.subsidy.api.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.cultivar.core.api.security.RegionCode;

/**
 * An official's dated change of a schedule's parameters: only the parameters it changes, each
 * with the value in force when it was proposed ({@code before}) and the new one ({@code after}),
 * as configuration text. It takes effect on {@code effectiveOn}; {@code appliedAt} is when the
 * engine put it in force, {@code null} while it waits for its day.
 */
public record ScheduleChange(long id, String scheduleId, RegionCode region, LocalDate effectiveOn, String reason,
                             SortedMap<String, String> before, SortedMap<String, String> after, String proposedBy,
                             Instant proposedAt, Instant appliedAt) {

    public ScheduleChange {
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(reason, "reason");
        before = Collections.unmodifiableSortedMap(new TreeMap<>(before));
        after = Collections.unmodifiableSortedMap(new TreeMap<>(after));
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
    }

    public boolean applied() {
        return appliedAt != null;
    }
}
