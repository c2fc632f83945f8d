package org.cultivar.web.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Sector;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.AwardCalculation;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.Calculation;
import org.cultivar.subsidy.api.CalculationStep;
import org.cultivar.subsidy.api.ConditionResult;
import org.cultivar.subsidy.api.Eligibility;
import org.cultivar.subsidy.api.InstalmentPlan;
import org.cultivar.subsidy.api.MoneyField;
import org.cultivar.subsidy.api.RegistryFacts;
import org.cultivar.subsidy.api.RequiredDocument;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.Tranche;
import org.cultivar.subsidy.api.process.Application;

/** Users, a Guangzhou investment schedule and assessments the subsidy UI tests share. */
final class SubsidyFixtures {

    static final RegionCode GUANGZHOU = RegionCode.of("440100");
    static final Actor CLERK = new Actor("clerk1", "Clerk One", Set.of(Role.CLERK), GUANGZHOU);
    static final Actor OTHER_CLERK = new Actor("clerk2", "Clerk Two", Set.of(Role.CLERK), GUANGZHOU);
    static final Actor OFFICIAL = new Actor("official1", "Official", Set.of(Role.OFFICIAL), GUANGZHOU);
    static final Actor AUDITOR = new Actor("auditor1", "Auditor", Set.of(Role.AUDITOR), RegionCode.NATIONAL);
    /** A valid credit code (its 18th character checks). */
    static final String CODE = "91440101MA5CXXXX0" + checkCharacter("91440101MA5CXXXX0");
    static final String SCHEDULE_ID = "guangzhou.investment";

    private SubsidyFixtures() {
    }

    private static String checkCharacter(String first17) {
        for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (CreditCode.isValid(first17 + c)) {
                return String.valueOf(c);
            }
        }
        throw new IllegalArgumentException(first17);
    }

    /** Investment claimed in yuan to the fen, 10 % awarded. */
    static ScheduleDefinition investmentSchedule() {
        return ScheduleDefinition.builder(SCHEDULE_ID, GUANGZHOU)
                .name("广州市技改投资奖励", "Guangzhou investment award")
                .legalBasis("穗工信规字〔2024〕1号", "Guangzhou MIIT rule 2024-1")
                .form(MoneyField.required("investment", BilingualText.of("技改投资额", "Investment"), Money.parse("100000000.00")))
                .documents(new RequiredDocument("auditReport", BilingualText.of("专项审计报告", "Audit report"), false))
                .amount(context -> Calculation.start("base", BigDecimal.ONE, BigDecimal.ONE, BilingualText.of("基数", "Base")))
                .build();
    }

    static Assessment ineligible() {
        return assessment(new Eligibility(List.of(
                ConditionResult.met("registered-in-region", "企业注册地属于本项目地区", "Registered in the region"),
                ConditionResult.failed("title-held", "申报日未持有专精特新中小企业资质", "No Specialized SME title on the application date"))),
                Optional.empty());
    }

    static Assessment eligible() {
        Money amount = Money.parse("500000.00");
        AwardCalculation award = new AwardCalculation(amount, List.of(
                new CalculationStep("base", new BigDecimal("5000000"), new BigDecimal("5000000"), BilingualText.of("投资额 5,000,000.00元", "Investment CNY 5,000,000.00")),
                new CalculationStep("rate", new BigDecimal("10"), new BigDecimal("500000"), BilingualText.of("按 10% 计", "At 10 %"))),
                new InstalmentPlan(List.of(new Tranche(1, amount, 2025, false))));
        return assessment(new Eligibility(List.of(ConditionResult.met("title-held", "持有专精特新中小企业资质", "Holds the title"))),
                Optional.of(award));
    }

    private static Assessment assessment(Eligibility eligibility, Optional<AwardCalculation> award) {
        Enterprise enterprise = new Enterprise(CreditCode.parse(CODE), "广州精工科技有限公司", "Guangzhou Precision", GUANGZHOU,
                Sector.ROBOTICS_AND_CNC, null, false);
        return new Assessment(SCHEDULE_ID, new ScheduleConfiguration(new TreeMap<>(Map.of("rate", "10"))),
                new ApplicationInput(CreditCode.parse(CODE), LocalDate.of(2025, 3, 1), Map.of("investment", "5000000.00")),
                new RegistryFacts(enterprise, List.of(), List.of()), eligibility, award);
    }

    /** An eligible application recorded by {@link #CLERK}, awaiting its review. */
    static Application awaitingReview(long id) {
        return new Application(id, 3, SCHEDULE_ID, GUANGZHOU, CreditCode.parse(CODE), Application.Status.AWAITING_DECISION, eligible(),
                CLERK.userId(), Instant.parse("2025-03-01T02:00:00Z"), Set.of(), List.of());
    }
}
