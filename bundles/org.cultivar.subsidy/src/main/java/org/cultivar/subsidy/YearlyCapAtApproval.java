package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.MoneyText;
import org.cultivar.subsidy.api.process.ConflictException;

/**
 * A schedule's yearly cap judged again when the award is made. The assessment limited the
 * amount to what was left of the cap and recorded the cap as the figure of its {@code yearly-cap}
 * calculation step; this sums what the enterprise now holds under the schedule in the
 * application's fiscal year, in the database and approved earlier in the same chunk, and refuses
 * the approval if its amount no longer fits. Awards count as the assessment counts them
 * ({@link AwardTable#standing}): cancelled awards not at all, cancelled tranches and repayments
 * deducted, since that money was not received after all; counting it here would refuse an
 * application whose assessment was rightly capped. A recovery still open counts in full until
 * repaid. Callers hold the enterprise's row under the schedule locked ({@link EnterpriseLocks}), so
 * two approvals of one enterprise under one schedule see each other's awards.
 */
final class YearlyCapAtApproval implements LimitAtApproval {

    static final String YEARLY_CAP = "yearly-cap";

    /** An award counted towards a cap: stored (by award id) or approved earlier in the chunk (by application id). */
    private record Counted(BilingualText what, Money amount) {
    }

    /** What counts towards each cap, by key (see {@link #key}), for the chunk's capped approvals: read once per chunk. */
    private final Map<String, List<Counted>> counted = new HashMap<>();

    /** Reads the awards the capped approvals are measured against, after the caller took the enterprise locks. */
    YearlyCapAtApproval(Connection c, Collection<StoredApplication> approving) throws SQLException {
        Set<String> keys = new HashSet<>();
        Set<String> schedules = new HashSet<>();
        Set<String> enterprises = new HashSet<>();
        for (StoredApplication stored : approving) {
            if (cap(stored).isPresent()) {
                Assessment assessment = stored.application().assessment();
                keys.add(key(stored));
                schedules.add(assessment.scheduleId());
                enterprises.add(assessment.input().enterprise().value());
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        for (AwardTable.Standing award : AwardTable.standing(c, schedules, enterprises)) {
            String key = key(award.scheduleId(), award.creditCode(), award.fiscalYear());
            if (keys.contains(key)) {
                counted.computeIfAbsent(key, k -> new ArrayList<>()).add(new Counted(BilingualText.of("奖励 " + award.awardId(),
                        "award " + award.awardId()), award.amount()));
            }
        }
    }

    /** @throws ConflictException if the awards made since the application was recorded leave too little of the cap */
    @Override
    public void check(StoredApplication stored) {
        Optional<Money> cap = cap(stored);
        if (cap.isEmpty()) {
            return;
        }
        List<Counted> before = counted.getOrDefault(key(stored), List.of());
        Money received = before.stream().map(Counted::amount).reduce(Money.ZERO, Money::plus);
        if (received.plus(amount(stored)).compareTo(cap.get()) > 0) {
            throw exceeded(stored, cap.get(), received, before);
        }
    }

    /** The application was approved in this chunk: later ones of the same enterprise, schedule and year count its amount. */
    @Override
    public void awarded(StoredApplication stored) {
        if (cap(stored).isPresent()) {
            counted.computeIfAbsent(key(stored), k -> new ArrayList<>()).add(new Counted(BilingualText.of(
                    "申请 " + stored.application().id() + "（同一操作中先批准）",
                    "application " + stored.application().id() + ", approved earlier in this action"), amount(stored)));
        }
    }

    /** The cap the assessment applied, if it applied one. */
    private static Optional<Money> cap(StoredApplication stored) {
        return stored.application().assessment().award().stream().flatMap(award -> award.steps().stream())
                .filter(step -> step.name().equals(YEARLY_CAP)).findFirst().map(step -> Money.ofYuan(step.figure()));
    }

    private static Money amount(StoredApplication stored) {
        return stored.application().assessment().award().orElseThrow().amount();
    }

    private static String key(StoredApplication stored) {
        Assessment assessment = stored.application().assessment();
        return key(assessment.scheduleId(), assessment.input().enterprise().value(), assessment.input().fiscalYear());
    }

    private static String key(String scheduleId, String creditCode, int fiscalYear) {
        return scheduleId + "|" + creditCode + "|" + fiscalYear;
    }

    private static ConflictException exceeded(StoredApplication stored, Money cap, Money received, List<Counted> before) {
        Assessment assessment = stored.application().assessment();
        long id = stored.application().id();
        int year = assessment.input().fiscalYear();
        String awardsZh = before.isEmpty() ? "无"
                : before.stream().map(award -> award.what().zh() + "：" + MoneyText.zh(award.amount())).collect(Collectors.joining("；"));
        String awardsEn = before.isEmpty() ? "none"
                : before.stream().map(award -> award.what().en() + ": " + MoneyText.en(award.amount())).collect(Collectors.joining("; "));
        Money left = cap.minus(received).max(Money.ZERO);
        return new ConflictException(BilingualText.of("申请 " + id + " 已不能批准：" + assessment.scheduleId() + " 每家企业每年度上限 "
                + MoneyText.zh(cap) + "，该企业 " + year + " 年度已获 " + MoneyText.zh(received) + "（" + awardsZh + "），本申请 "
                + MoneyText.zh(amount(stored)) + " 将超出上限，上限仅余 " + MoneyText.zh(left) + "。请退回修改（按余额重新核定）或不予资助。",
                "Application " + id + " can no longer be approved: the yearly cap of "
                + assessment.scheduleId() + " is " + MoneyText.en(cap) + " per enterprise, and the enterprise was already awarded "
                + MoneyText.en(received) + " under it in " + year + " (" + awardsEn + "), so this"
                + " application's " + MoneyText.en(amount(stored)) + " would exceed the cap, which has " + MoneyText.en(left) + " left."
                + " Return it for correction, so that it is assessed again against what is left of the cap, or reject it."));
    }
}
