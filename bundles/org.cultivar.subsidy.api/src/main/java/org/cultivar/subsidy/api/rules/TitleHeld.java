package org.cultivar.subsidy.api.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.subsidy.api.ApplicationContext;
import org.cultivar.subsidy.api.Condition;
import org.cultivar.subsidy.api.ConditionResult;

/**
 * The enterprise holds a title of the tier or higher on the application date, as
 * {@link org.cultivar.registry.api.CertificationRegistry#titleProving} proves it — optionally
 * only a title granted since a day ("newly certified Little Giants").
 *
 * @param grantedSince the first grant day that qualifies, or {@code null} for any
 */
public record TitleHeld(Tier atLeast, LocalDate grantedSince) implements Condition {

    public TitleHeld {
        Objects.requireNonNull(atLeast, "atLeast");
    }

    public static TitleHeld atLeast(Tier tier) {
        return new TitleHeld(tier, null);
    }

    public static TitleHeld grantedSince(Tier tier, LocalDate since) {
        return new TitleHeld(tier, Objects.requireNonNull(since, "since"));
    }

    @Override
    public ConditionResult check(ApplicationContext context) {
        Optional<Title> proving = context.titleProving(atLeast);
        if (proving.isEmpty()) {
            return ConditionResult.failed("title-held",
                    "申请日 " + context.applicationDate() + " 未持有有效的" + atLeast.chinese() + "或更高称号",
                    "No " + atLeast.english() + " title or higher in force on " + context.applicationDate());
        }
        Title title = proving.get();
        if (grantedSince != null && title.grantDate().isBefore(grantedSince)) {
            return ConditionResult.failed("title-held",
                    title.tier().chinese() + "称号（编号 " + title.id() + "）于 " + title.grantDate() + " 授予，早于 " + grantedSince
                            + "；仅此后新认定的称号符合条件",
                    "The " + title.tier().english() + " title (no. " + title.id() + ") was granted on " + title.grantDate()
                            + ", before " + grantedSince + "; only titles granted since then qualify");
        }
        return ConditionResult.met("title-held",
                "持有" + title.tier().chinese() + "称号（编号 " + title.id() + "，有效期 " + title.grantDate() + " 至 " + title.validUntil() + "）",
                "Holds the " + title.tier().english() + " title (no. " + title.id() + ", valid " + title.grantDate() + " to " + title.validUntil() + ")");
    }
}
