package org.cultivar.registry.api;

import java.time.LocalDate;

/**
 * A decision to grant a title. If the criteria of the rule set fail on the figures, a written
 * {@code justification} is required and is stored as a criteria exception.
 *
 * @param validUntil    {@code null} for the tier's configured validity (three years by default)
 * @param ruleSetId     the criteria rule set to evaluate against, {@code null} for the one in force on the grant date
 */
public record TitleGrant(String creditCode, Tier tier, CertifyingLevel level, String authority, String batch,
                         LocalDate grantDate, LocalDate validUntil, String ruleSetId, String justification) {
}
