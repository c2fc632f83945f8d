package org.cultivar.registry.api;

import java.time.LocalDate;

/**
 * A re-evaluation or enforcement decision on one title, with its own reason.
 *
 * @param newTier       the tier for {@link Kind#PROMOTE} and {@link Kind#DEMOTE}, else {@code null}
 * @param justification required when the decision keeps or raises a title whose criteria fail
 */
public record TitleDecision(long titleId, Kind kind, LocalDate effective, String reason, Tier newTier,
                            String ruleSetId, String justification) {

    public enum Kind {
        RENEW(TitleStatus.RENEWED), PROMOTE(TitleStatus.PROMOTED), DEMOTE(TitleStatus.DEMOTED),
        EXPIRE(TitleStatus.EXPIRED), REVOKE(TitleStatus.REVOKED);

        private final TitleStatus result;

        Kind(TitleStatus result) {
            this.result = result;
        }

        public TitleStatus result() {
            return result;
        }
    }
}
