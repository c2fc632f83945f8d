package org.cultivar.subsidy.api.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.api.AmountRule;
import org.cultivar.subsidy.api.ApplicationContext;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.Calculation;
import org.cultivar.subsidy.api.FieldType;
import org.cultivar.subsidy.api.MoneyText;
import org.cultivar.subsidy.api.PriorAward;
import org.cultivar.subsidy.api.PriorAwards;

/**
 * "就高不重复，差额补足": another rule's full amount less what the region's schedules already
 * awarded the enterprise for the purpose, never below zero. A firm paid 0.5 M as a Specialized
 * SME receives 1.5 M more as a Little Giant, not 2 M.
 */
public record TopUp(AmountRule rule, String purpose) implements AmountRule {

    public TopUp {
        Objects.requireNonNull(rule, "rule");
        if (purpose == null || !purpose.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("A purpose tag is lower case, e.g. cultivation");
        }
    }

    @Override
    public Map<String, FieldType> fieldsRead() {
        return rule.fieldsRead();
    }

    @Override
    public Set<String> purposesDeducted() {
        Set<String> purposes = new HashSet<>(rule.purposesDeducted());
        purposes.add(purpose);
        return Set.copyOf(purposes);
    }

    @Override
    public Calculation calculate(ApplicationContext context) {
        Calculation full = rule.calculate(context);
        List<PriorAward> earlier = context.priorAwards().forPurpose(purpose, context.scheduleRegion());
        Money received = PriorAwards.total(earlier);
        BigDecimal difference = full.amount().subtract(received.yuan()).max(BigDecimal.ZERO);
        String awards = earlier.isEmpty() ? "-"
                : earlier.stream().map(award -> String.valueOf(award.awardId())).collect(Collectors.joining(", "));
        // the purpose is a configuration tag (e.g. "cultivation"); a printed notice says 同类 rather than the tag
        String chinese = earlier.isEmpty() ? "就高不重复，差额补足：此前未获同类资助"
                : "就高不重复，差额补足：此前已获同类资助 " + MoneyText.zh(received) + "（奖励编号 " + awards + "）";
        return full.then("top-up", received.yuan(), difference, BilingualText.of(chinese,
                "Top-up of the difference: already awarded " + MoneyText.en(received) + " for " + purpose + " (awards " + awards + ")"));
    }
}
