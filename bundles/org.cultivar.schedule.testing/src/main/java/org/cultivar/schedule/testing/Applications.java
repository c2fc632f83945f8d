package org.cultivar.schedule.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Title;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.ConditionResult;
import org.cultivar.subsidy.api.PriorAward;
import org.cultivar.subsidy.api.PriorAwards;
import org.cultivar.subsidy.api.ScheduleDefinition;

/** Assessing applications as the engine would, and reading the outcome. */
public final class Applications {

    private Applications() {
    }

    public static Assessment assess(ScheduleDefinition schedule, CertificationRegistry registry, CreditCode firm, LocalDate day,
                                    Map<String, String> fields, PriorAward... earlier) {
        return schedule.assess(new ApplicationInput(firm, day, fields), registry, PriorAwards.of(earlier));
    }

    /** The awarded amount; an ineligible assessment fails the test with its reasons. */
    public static Money amount(Assessment assessment) {
        return assessment.award().orElseThrow(() -> new AssertionError(assessment.eligibility().failures())).amount();
    }

    public static List<String> failedConditions(Assessment assessment) {
        return assessment.eligibility().failures().stream().map(ConditionResult::condition).toList();
    }

    /** The prior award the engine reports afterwards for an approved assessment. */
    public static PriorAward awarded(long awardId, ScheduleDefinition schedule, Assessment assessment) {
        return new PriorAward(awardId, schedule.id(), schedule.region(), schedule.purposes(),
                assessment.facts().basisTitle().map(Title::id).orElse(null), amount(assessment), assessment.input().fiscalYear());
    }

    /** Millions of yuan, as the policy texts write them. */
    public static Money millions(String amount) {
        return Money.ofYuan(new BigDecimal(amount).movePointRight(6));
    }
}
