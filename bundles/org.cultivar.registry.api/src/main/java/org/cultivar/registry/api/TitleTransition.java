package org.cultivar.registry.api;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a title's lifecycle, as recorded; the timeline is never rewritten. */
public record TitleTransition(long titleId, TitleStatus from, TitleStatus to, LocalDate effective, String reason,
                              String actorId, Instant recordedAt) {
}
