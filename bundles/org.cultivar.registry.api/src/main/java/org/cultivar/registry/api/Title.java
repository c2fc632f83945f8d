package org.cultivar.registry.api;

import java.time.LocalDate;

/**
 * A certification held by an enterprise. {@code validUntil} is inclusive (granted 2025-11-08,
 * valid until 2028-11-07); a renewal moves it on. {@code endedOn} is set once the title is
 * promoted, demoted, expired or revoked.
 *
 * @param predecessorId the title this one succeeds (promotion, demotion), or {@code null}
 */
public record Title(long id, CreditCode enterprise, Tier tier, CertifyingLevel level, String authority, String batch,
                    LocalDate grantDate, LocalDate validUntil, TitleStatus status, LocalDate endedOn,
                    Long predecessorId) {

    /** Whether the title proved the tier on the given day. */
    public boolean inForceOn(LocalDate day) {
        if (day.isBefore(grantDate) || day.isAfter(validUntil)) {
            return false;
        }
        return endedOn == null || day.isBefore(endedOn);
    }
}
