package org.cultivar.registry.api;

import java.time.Instant;

/** One recorded version of a year's figures: figures are never overwritten, only revised. */
public record FiguresRevision(YearlyFigures figures, int revision, Instant recordedAt, String recordedBy,
                              String source) {
}
