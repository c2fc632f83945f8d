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
 * with the value in force just before it takes effect ({@code before}) and the new one
 * ({@code after}), as configuration text. {@code before} is what an auditor compares with: once
 * applied, the values it replaced, recorded when the engine put it in force; while it waits, the
 * values it would replace as things stand (those in force now and the changes waiting before it).
 * It takes effect on {@code effectiveOn}; {@code appliedAt} is when the engine put it in force,
 * {@code null} while it waits for its day or if it was cancelled before then.
 */
public record ScheduleChange(long id, String scheduleId, RegionCode region, LocalDate effectiveOn, String reason,
                             SortedMap<String, String> before, SortedMap<String, String> after, String proposedBy,
                             Instant proposedAt, Instant appliedAt, Cancellation cancellation) {

    /** Who withdrew a change before it took effect, when and why. */
    public record Cancellation(String by, Instant at, String reason) {
        public Cancellation {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public ScheduleChange {
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(reason, "reason");
        before = Collections.unmodifiableSortedMap(new TreeMap<>(before));
        after = Collections.unmodifiableSortedMap(new TreeMap<>(after));
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
        if (appliedAt != null && cancellation != null) {
            throw new IllegalArgumentException("A change in force cannot also be cancelled");
        }
    }

    public boolean applied() {
        return appliedAt != null;
    }

    public boolean cancelled() {
        return cancellation != null;
    }

    /** Waiting for its day: neither applied nor cancelled. */
    public boolean pending() {
        return !applied() && !cancelled();
    }

    /** The same change with {@code before} as given. */
    public ScheduleChange withBefore(SortedMap<String, String> values) {
        return new ScheduleChange(id, scheduleId, region, effectiveOn, reason, values, after, proposedBy, proposedAt, appliedAt, cancellation);
    }
}
