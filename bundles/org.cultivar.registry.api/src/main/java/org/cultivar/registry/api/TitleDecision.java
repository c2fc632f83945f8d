package org.cultivar.registry.api;

import java.time.LocalDate;

/**
 * A re-evaluation or enforcement decision on one title, with its own reason.
 *
 * @param newTier       the tier for {@link Kind#PROMOTE} and {@link Kind#DEMOTE}, else {@code null}
 * @param justification required when the decision keeps or raises a title whose criteria fail
 * @param authority     for {@link Kind#PROMOTE} and {@link Kind#DEMOTE}: who certifies the successor
 *                      title; when {@code null}, a national successor names the Ministry of Industry
 *                      and Information Technology and a successor at the ended title's level keeps
 *                      its authority; a provincial successor of a national title needs it named
 * @param batch         for {@link Kind#PROMOTE} and {@link Kind#DEMOTE}: the successor's batch, e.g.
 *                      "第七批专精特新'小巨人'", or {@code null}
 */
public record TitleDecision(long titleId, Kind kind, LocalDate effective, String reason, Tier newTier,
                            String ruleSetId, String justification, String authority, String batch) {

    /** A decision whose successor title, if any, takes the default authority and no batch. */
    public TitleDecision(long titleId, Kind kind, LocalDate effective, String reason, Tier newTier, String ruleSetId,
                         String justification) {
        this(titleId, kind, effective, reason, newTier, ruleSetId, justification, null, null);
    }

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
