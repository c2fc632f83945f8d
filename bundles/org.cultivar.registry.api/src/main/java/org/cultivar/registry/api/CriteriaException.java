package org.cultivar.registry.api;

import java.time.Instant;
import java.util.List;

/**
 * A title granted, renewed or promoted although criteria failed, with the written justification.
 *
 * @param failedCriteria the ids and values that failed, as shown at the time
 */
public record CriteriaException(long id, long titleId, CreditCode enterprise, String enterpriseName, Tier tier,
                                Decision decision, String ruleSetId, List<String> failedCriteria,
                                String justification, String actorId, Instant recordedAt) {

    public enum Decision {
        GRANT, RENEW, PROMOTE
    }
}
