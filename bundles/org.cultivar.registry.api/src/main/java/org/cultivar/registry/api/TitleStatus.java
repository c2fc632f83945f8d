package org.cultivar.registry.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a title stands in its lifecycle: granted → active → due for re-evaluation → renewed,
 * promoted, demoted, expired or revoked. A renewed title is in force again and comes due again
 * three years later; promoted and demoted titles end and are succeeded by a title of another
 * tier; expired and revoked titles end for good.
 */
public enum TitleStatus {
    GRANTED, ACTIVE, DUE_FOR_REEVALUATION, RENEWED, PROMOTED, DEMOTED, EXPIRED, REVOKED;

    /** Whether the title still counts (subject to its validity dates). */
    public boolean inForce() {
        return this == GRANTED || this == ACTIVE || this == DUE_FOR_REEVALUATION || this == RENEWED;
    }

    public boolean ended() {
        return !inForce();
    }

    /** The statuses this one may move to; anything else is an illegal transition. */
    public Set<TitleStatus> next() {
        return switch (this) {
            case GRANTED -> EnumSet.of(ACTIVE, REVOKED);
            case ACTIVE, RENEWED -> EnumSet.of(DUE_FOR_REEVALUATION, PROMOTED, REVOKED);
            case DUE_FOR_REEVALUATION -> EnumSet.of(RENEWED, PROMOTED, DEMOTED, EXPIRED, REVOKED);
            case PROMOTED, DEMOTED, EXPIRED, REVOKED -> EnumSet.noneOf(TitleStatus.class);
        };
    }

    /** The status in Chinese, as messages and printed documents name it. */
    public String chinese() {
        return switch (this) {
            case GRANTED -> "已认定";
            case ACTIVE -> "有效";
            case DUE_FOR_REEVALUATION -> "待复核";
            case RENEWED -> "复核通过";
            case PROMOTED -> "已晋级";
            case DEMOTED -> "已降级";
            case EXPIRED -> "已到期";
            case REVOKED -> "已撤销";
        };
    }

    public boolean canMoveTo(TitleStatus target) {
        return next().contains(target);
    }
}
