package org.cultivar.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cultivar.subsidy.api.Fixtures.GUANGZHOU;
import static org.cultivar.subsidy.api.Fixtures.HUANGPU_FIRM;
import static org.cultivar.subsidy.api.Fixtures.SHENZHEN_FIRM;
import static org.cultivar.subsidy.api.Fixtures.millions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.rules.Capped;
import org.cultivar.subsidy.api.rules.ClaimedAmount;
import org.cultivar.subsidy.api.rules.FixedAmount;
import org.cultivar.subsidy.api.rules.PercentageOf;
import org.cultivar.subsidy.api.rules.RelocatedSince;
import org.cultivar.subsidy.api.rules.TitleHeld;
import org.cultivar.subsidy.api.rules.TopUp;
import org.junit.jupiter.api.Test;

class ScheduleDefinitionTest {

    private static final BilingualText LABEL = BilingualText.of("标签", "Label");
    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private final FakeRegistry registry = Fixtures.registry();

    private static ScheduleDefinition.Builder schedule() {
        return ScheduleDefinition.builder("test.schedule", GUANGZHOU).name("测试", "Test").legalBasis("依据", "Basis");
    }

    private static ScheduleDefinition investment() {
        return schedule().window(new ApplicationWindow(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30)))
                .form(MoneyField.required("investment", LABEL, millions("100000")))
                .conditions(TitleHeld.atLeast(Tier.SPECIALIZED_SME))
                .amount(new Capped(new PercentageOf("investment", new BigDecimal("5")), millions("100")))
                .build();
    }

    @Test
    void anEligibleApplicationGetsItsAmountWithEveryStepAndTheFactsItRestsOn() {
        registry.grant(3, HUANGPU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2024, 1, 1));

        Assessment assessment = investment().assess(new ApplicationInput(HUANGPU_FIRM, APPLIED, Map.of("investment", "12345.67")),
                registry, PriorAwards.NONE);

        assertThat(assessment.eligibility().results()).extracting(ConditionResult::condition)
                .containsExactly("registered-in-region", "title-held");
        AwardCalculation award = assessment.award().orElseThrow();
        assertThat(award.amount()).isEqualTo(Fixtures.yuan("617.28"));
        assertThat(award.steps()).extracting(CalculationStep::name).containsExactly("base", "rate", "cap", "rounded");
        assertThat(award.steps().get(1).amount()).as("exact until the end").isEqualByComparingTo("617.2835");
        assertThat(award.plan().tranches()).containsExactly(new Tranche(1, Fixtures.yuan("617.28"), 2025, false));
        assertThat(assessment.facts().titles()).extracting(title -> title.id()).containsExactly(3L);
        assertThat(assessment.facts().basisTitle()).hasValueSatisfying(title -> assertThat(title.id()).isEqualTo(3L));
        assertThat(assessment.facts().enterprise().creditCode()).isEqualTo(HUANGPU_FIRM);
    }

    @Test
    void anIneligibleApplicationExplainsEveryFailedConditionAndHasNoAmount() {
        Assessment assessment = investment().assess(new ApplicationInput(SHENZHEN_FIRM, APPLIED, Map.of("investment", "1000")),
                registry, PriorAwards.NONE);

        assertThat(assessment.eligibility().eligible()).isFalse();
        assertThat(assessment.eligibility().failures()).extracting(result -> result.explanation().en()).containsExactly(
                "Registered in 440300, outside the schedule's region 440100",
                "No Specialized SME title or higher in force on 2025-06-01");
        assertThat(assessment.award()).isEmpty();
    }

    @Test
    void anAmountOfZeroIsNoAward() {
        registry.grant(3, HUANGPU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2024, 1, 1));
        ScheduleDefinition topUp = schedule().purposes("rent").form(MoneyField.required("claimed", LABEL, millions("2")))
                .amount(new TopUp(new ClaimedAmount("claimed"), "rent")).build();

        Assessment assessment = topUp.assess(new ApplicationInput(HUANGPU_FIRM, APPLIED, Map.of("claimed", "1000000")), registry,
                PriorAwards.of(Fixtures.prior(8, "test.schedule", "rent", null, millions("1"), 2024)));

        assertThat(assessment.award()).isEmpty();
        assertThat(assessment.eligibility().failures()).singleElement().satisfies(failure -> {
            assertThat(failure.condition()).isEqualTo("amount");
            assertThat(failure.explanation().en()).isEqualTo(
                    "The amount comes to zero (Top-up of the difference: already awarded CNY 1,000,000.00 for rent (awards 8))");
        });
    }

    @Test
    void badInputNamesEveryFieldAndRecordsNothing() {
        CreditCode unknown = unknownFirm();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("investment", "-1");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> investment().assess(new ApplicationInput(unknown, LocalDate.of(2025, 10, 1), fields), registry, PriorAwards.NONE));

        assertThat(refused.problems()).extracting(FieldProblem::toString).containsExactly(
                "applicationDate: 2025-10-01 is after the application window closed on 2025-09-30",
                "enterprise: credit code " + unknown.value() + " is not in the registry",
                "investment: CNY -1.00 is below the minimum of CNY 0.00");
        assertThatThrownBy(() -> investment().assess(new ApplicationInput(HUANGPU_FIRM, LocalDate.of(2025, 2, 28), Map.of("investment", "1")),
                registry, PriorAwards.NONE)).hasMessage("applicationDate: 2025-02-28 is before the application window opens on 2025-03-01");
    }

    @Test
    void badInputIsExplainedInChineseToo() {
        CreditCode unknown = unknownFirm();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> investment().assess(
                new ApplicationInput(unknown, LocalDate.of(2025, 10, 1), Map.of()), registry, PriorAwards.NONE));

        assertThat(refused.message(true)).isEqualTo("applicationDate：申请日期 2025-10-01 晚于申报窗口截止日期 2025-09-30。"
                + "enterprise：统一社会信用代码为 " + unknown.value() + " 的企业尚未登记。investment：为必填项。");
        InvalidInputException early = catchThrowableOfType(InvalidInputException.class, () -> investment().assess(
                new ApplicationInput(HUANGPU_FIRM, LocalDate.of(2025, 2, 28), Map.of("investment", "1")), registry, PriorAwards.NONE));
        assertThat(early.problems()).singleElement().extracting(problem -> problem.message(true))
                .isEqualTo("申请日期 2025-02-28 早于申报窗口开放日期 2025-03-01。");
    }

    private static CreditCode unknownFirm() {
        // a Beijing code with a correct check character, which the test registry does not hold
        for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (CreditCode.isValid("91110108MA0123456" + check)) {
                return CreditCode.parse("91110108MA0123456" + check);
            }
        }
        throw new AssertionError("every code has one check character");
    }

    @Test
    void theDefinitionRefusesRulesThatReadFieldsTheFormLacks() {
        assertThatThrownBy(() -> schedule().amount(new ClaimedAmount("claimed")).build())
                .hasMessage("Schedule test.schedule: its rules read the field claimed, which the form does not have");
        assertThatThrownBy(() -> schedule().form(new DateField("claimed", LABEL, true, null, false)).amount(new ClaimedAmount("claimed")).build())
                .hasMessage("Schedule test.schedule: its rules read claimed as MONEY, the form has DATE");
        assertThatThrownBy(() -> schedule().form(new MoneyField("claimed", LABEL, false, Fixtures.yuan("0"), millions("1"), 2))
                .amount(new ClaimedAmount("claimed")).build())
                .hasMessage("Schedule test.schedule: the amount depends on claimed, so the form must require it");
        assertThatThrownBy(() -> schedule().amount(new FixedAmount(millions("1")))
                .conditions(new RelocatedSince("relocatedOn", APPLIED)).build())
                .hasMessageContaining("read the field relocatedOn");
    }

    @Test
    void theDefinitionRefusesATopUpThatCannotSeeItsOwnAwards() {
        assertThatThrownBy(() -> schedule().purposes("rent").amount(new TopUp(new FixedAmount(millions("1")), "cultivation")).build())
                .hasMessage("Schedule test.schedule deducts earlier awards for [cultivation] but its own awards carry only [rent]");
    }

    @Test
    void aNoApplicationAwardCannotRequireFields() {
        assertThatThrownBy(() -> schedule().draftOnGrantOf(Tier.LITTLE_GIANT).form(new YesNoField("x", LABEL, true))
                .amount(new FixedAmount(millions("1"))).build())
                .hasMessage("Schedule test.schedule awards without application, so its form cannot require fields");
        ScheduleDefinition noApplication = schedule().draftOnGrantOf(Tier.LITTLE_GIANT).amount(new FixedAmount(millions("1"))).build();
        assertThat(noApplication.draftsOnGrantOf(Tier.MANUFACTURING_CHAMPION)).isTrue();
        assertThat(noApplication.draftsOnGrantOf(Tier.SPECIALIZED_SME)).isFalse();
        assertThat(schedule().amount(new FixedAmount(millions("1"))).build().draftsOnGrantOf(Tier.LITTLE_GIANT)).isFalse();
    }

    @Test
    void theIdAndNamesAreRequired() {
        assertThatThrownBy(() -> ScheduleDefinition.builder("Guangzhou Rent", GUANGZHOU).name("a", "b").legalBasis("a", "b")
                .amount(new FixedAmount(millions("1"))).build()).hasMessageContaining("dotted lower case");
        assertThatThrownBy(() -> ScheduleDefinition.builder("a.b", GUANGZHOU).amount(new FixedAmount(millions("1"))).build())
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> BilingualText.of("中文", " ")).hasMessageContaining("Both");
    }

    @Test
    void theConfigurationKeepsTheParametersButNotTheFrameworksProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("component.name", "x");
        properties.put("service.pid", "y");
        properties.put("osgi.ds.satisfying.condition.target", "(osgi.condition.id=true)");
        properties.put("specializedAmount", "500000");
        properties.put("tiers", new String[] {"SPECIALIZED_SME", "LITTLE_GIANT"});
        properties.put("percent", 5L);

        ScheduleConfiguration configuration = ScheduleConfiguration.of(properties);

        assertThat(configuration.parameters()).containsExactly(Map.entry("percent", "5"),
                Map.entry("specializedAmount", "500000"), Map.entry("tiers", "SPECIALIZED_SME,LITTLE_GIANT"));
        assertThat(configuration.digest()).hasSize(64).isEqualTo(ScheduleConfiguration.of(properties).digest());
        properties.put("percent", 6L);
        assertThat(ScheduleConfiguration.of(properties).digest()).isNotEqualTo(configuration.digest());
    }
}
