package org.cultivar.subsidy.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;

/**
 * How often an enterprise may receive the schedule's award. Declared rather than composed like
 * the other rules, because the engine must know them too (to show them and to serialise
 * competing applications of one enterprise), but judged here like any rule.
 *
 * @param titleTier         for {@link Once#PER_TITLE}: the tier whose proving title counts, else {@code null}
 * @param yearlyCap         the most one enterprise receives under the schedule per fiscal year, or {@code null}
 */
public record Limits(Once once, Tier titleTier, Money yearlyCap) {

    public enum Once {
        /** As often as the enterprise qualifies. */
        UNLIMITED,
        /** Once per enterprise under this schedule. */
        PER_ENTERPRISE,
        /** Once per title: a new title (a promotion, a new grant) qualifies again, a renewal does not. */
        PER_TITLE
    }

    public Limits {
        Objects.requireNonNull(once, "once");
        if ((once == Once.PER_TITLE) != (titleTier != null)) {
            throw new IllegalArgumentException("A title tier goes with once-per-title, and only with it");
        }
        if (yearlyCap != null && (yearlyCap.isNegative() || yearlyCap.isZero())) {
            throw new IllegalArgumentException("A yearly cap must be positive");
        }
    }

    public static Limits unlimited() {
        return new Limits(Once.UNLIMITED, null, null);
    }

    public static Limits oncePerEnterprise() {
        return new Limits(Once.PER_ENTERPRISE, null, null);
    }

    public static Limits oncePerTitle(Tier atLeast) {
        return new Limits(Once.PER_TITLE, atLeast, null);
    }

    public Limits withYearlyCap(Money cap) {
        return new Limits(once, titleTier, cap);
    }

    /** The once-only condition, unless the schedule has none. */
    Optional<ConditionResult> checkOnce(ApplicationContext context) {
        List<PriorAward> earlier = context.priorAwards().underSchedule(context.scheduleId());
        return switch (once) {
            case UNLIMITED -> Optional.empty();
            case PER_ENTERPRISE -> Optional.of(earlier.isEmpty()
                    ? ConditionResult.met("once-per-enterprise", "此前未获本项资助", "No earlier award under this schedule")
                    : ConditionResult.failed("once-per-enterprise", "已获本项资助（奖励编号 " + earlier.get(0).awardId() + "），每家企业限一次",
                            "Already awarded under this schedule (award " + earlier.get(0).awardId() + "); once per enterprise"));
            case PER_TITLE -> Optional.of(checkOncePerTitle(context, earlier));
        };
    }

    private ConditionResult checkOncePerTitle(ApplicationContext context, List<PriorAward> earlier) {
        Optional<Title> title = context.titleProving(titleTier);
        if (title.isEmpty()) {
            // the title condition reports the missing title; once-only has nothing to add
            return ConditionResult.met("once-per-title", "无可核对的称号", "No title to check against");
        }
        long titleId = title.get().id();
        return earlier.stream().filter(award -> Objects.equals(award.titleId(), titleId)).findFirst()
                .map(award -> ConditionResult.failed("once-per-title",
                        "称号 " + titleId + " 已获本项资助（奖励编号 " + award.awardId() + "），每个称号限一次",
                        "Title " + titleId + " was already awarded under this schedule (award " + award.awardId() + "); once per title"))
                .orElseGet(() -> ConditionResult.met("once-per-title", "称号 " + titleId + " 此前未获本项资助",
                        "No earlier award under this schedule for title " + titleId));
    }

    /** The calculation limited to what is left of the yearly cap, unless the schedule has none. */
    Calculation capYearly(Calculation calculation, ApplicationContext context) {
        if (yearlyCap == null) {
            return calculation;
        }
        int year = context.input().fiscalYear();
        Money received = PriorAwards.total(context.priorAwards().underSchedule(context.scheduleId()).stream()
                .filter(award -> award.fiscalYear() == year).toList());
        BigDecimal left = yearlyCap.minus(received).yuan().max(BigDecimal.ZERO);
        BigDecimal limited = calculation.amount().min(left);
        return calculation.then("yearly-cap", yearlyCap.yuan(), limited, BilingualText.of(
                year + "年度每家企业上限 " + MoneyText.zh(yearlyCap) + "，本年度已获 " + MoneyText.zh(received),
                "Yearly cap per enterprise " + MoneyText.en(yearlyCap) + ", already awarded in " + year + ": " + MoneyText.en(received)));
    }
}
