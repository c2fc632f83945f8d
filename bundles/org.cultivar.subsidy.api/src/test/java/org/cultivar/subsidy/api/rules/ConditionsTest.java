package org.cultivar.subsidy.api.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.subsidy.api.Fixtures.HUANGPU_FIRM;

import java.time.LocalDate;
import java.util.Map;

import org.cultivar.registry.api.ScienceAward;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.registry.api.YearlyFigures;
import org.cultivar.subsidy.api.ApplicationForm;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.ConditionResult;
import org.cultivar.subsidy.api.DateField;
import org.cultivar.subsidy.api.FakeRegistry;
import org.cultivar.subsidy.api.FieldType;
import org.cultivar.subsidy.api.IntegerField;
import org.cultivar.subsidy.api.Fixtures;
import org.cultivar.subsidy.api.PriorAwards;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private final FakeRegistry registry = Fixtures.registry();

    @Test
    void aTitleOfTheTierOrHigherInForceOnTheApplicationDateQualifies() {
        registry.grant(5, HUANGPU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2024, 7, 1));

        ConditionResult result = TitleHeld.atLeast(Tier.SPECIALIZED_SME).check(Fixtures.context(registry, APPLIED));

        assertThat(result.met()).isTrue();
        assertThat(result.explanation().en()).isEqualTo("Holds the Little Giant title (no. 5, valid 2024-07-01 to 2027-06-30)");
        assertThat(result.explanation().zh()).isEqualTo("持有专精特新“小巨人”企业称号（编号 5，有效期 2024-07-01 至 2027-06-30）");
    }

    @Test
    void noTitleOnTheDayExplainsWhatIsMissing() {
        registry.grant(5, HUANGPU_FIRM, Tier.SPECIALIZED_SME, LocalDate.of(2025, 6, 2));

        ConditionResult result = TitleHeld.atLeast(Tier.SPECIALIZED_SME).check(Fixtures.context(registry, APPLIED));

        assertThat(result.met()).isFalse();
        assertThat(result.explanation().en()).isEqualTo("No Specialized SME title or higher in force on 2025-06-01");
    }

    @Test
    void aRevokedOrExpiredTitleNoLongerProvesTheTier() {
        Title title = registry.grant(5, HUANGPU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2022, 6, 1));
        assertThat(TitleHeld.atLeast(Tier.LITTLE_GIANT).check(Fixtures.context(registry, LocalDate.of(2025, 5, 31))).met()).isTrue();
        assertThat(TitleHeld.atLeast(Tier.LITTLE_GIANT).check(Fixtures.context(registry, LocalDate.of(2025, 6, 1))).met())
                .as("valid until 2025-05-31 inclusive").isFalse();

        registry.end(title, TitleStatus.REVOKED, LocalDate.of(2023, 1, 1));
        assertThat(TitleHeld.atLeast(Tier.LITTLE_GIANT).check(Fixtures.context(registry, LocalDate.of(2023, 1, 1))).met()).isFalse();
    }

    @Test
    void onlyTitlesGrantedSinceTheDayCountAsNew() {
        registry.grant(5, HUANGPU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2024, 12, 31));
        TitleHeld newLittleGiant = TitleHeld.grantedSince(Tier.LITTLE_GIANT, LocalDate.of(2025, 1, 1));

        ConditionResult old = newLittleGiant.check(Fixtures.context(registry, APPLIED));
        assertThat(old.met()).isFalse();
        assertThat(old.explanation().en()).isEqualTo("The Little Giant title (no. 5) was granted on 2024-12-31, before 2025-01-01;"
                + " only titles granted since then qualify");

        registry.grant(6, HUANGPU_FIRM, Tier.LITTLE_GIANT, LocalDate.of(2025, 1, 1));
        assertThat(newLittleGiant.check(Fixtures.context(registry, APPLIED)).met()).isTrue();
    }

    @Test
    void relocationCountsFromTheDayInclusive() {
        ApplicationForm form = ApplicationForm.of(new DateField("relocatedOn", BilingualText.of("迁入日期", "Relocated on"), false, null, true));
        RelocatedSince since2024 = new RelocatedSince("relocatedOn", LocalDate.of(2024, 1, 1));

        assertThat(since2024.fieldsRead()).isEqualTo(Map.of("relocatedOn", FieldType.DATE));
        assertThat(since2024.check(Fixtures.context(registry, form, Map.of("relocatedOn", "2024-01-01"), APPLIED, PriorAwards.NONE)))
                .satisfies(result -> {
                    assertThat(result.met()).isTrue();
                    assertThat(result.explanation().en()).isEqualTo("Relocated into the region on 2024-01-01 (on or after 2024-01-01)");
                });
        assertThat(since2024.check(Fixtures.context(registry, form, Map.of("relocatedOn", "2023-12-31"), APPLIED, PriorAwards.NONE)))
                .satisfies(result -> {
                    assertThat(result.met()).isFalse();
                    assertThat(result.explanation().en()).isEqualTo("Relocated on 2023-12-31, before 2024-01-01; only relocations since then qualify");
                });
        assertThat(since2024.check(Fixtures.context(registry, form, Map.of(), APPLIED, PriorAwards.NONE)).explanation().en())
                .isEqualTo("No relocation date given");
    }

    @Test
    void outputPerMuDividesLastYearsRevenueByTheLandArea() {
        ApplicationForm form = ApplicationForm.of(new IntegerField("landMu", BilingualText.of("用地面积（亩）", "Land (mu)"), false, 1, 1_000_000));
        OutputPerMu atLeastFiveMillion = new OutputPerMu("landMu", Fixtures.millions("5"));

        assertThat(atLeastFiveMillion.check(Fixtures.context(registry, form, Map.of("landMu", "20"), APPLIED, PriorAwards.NONE)).explanation().en())
                .isEqualTo("The registry has no revenue for 2024");

        registry.figures(HUANGPU_FIRM, new YearlyFigures(2024, 300, 40, Fixtures.millions("100"), null, null, null, null, null, null,
                null, null, null, null, ScienceAward.NONE));
        var met = Fixtures.context(registry, form, Map.of("landMu", "20"), APPLIED, PriorAwards.NONE);
        assertThat(atLeastFiveMillion.check(met)).satisfies(result -> {
            assertThat(result.met()).as("exactly 5 M per mu").isTrue();
            assertThat(result.explanation().en()).isEqualTo(
                    "Output per mu in 2024: CNY 5,000,000.00 (revenue CNY 100,000,000.00 / 20 mu), at least the required CNY 5,000,000.00");
        });
        assertThat(met.facts().figures()).extracting(YearlyFigures::fiscalYear).containsExactly(2024);
        assertThat(atLeastFiveMillion.check(Fixtures.context(registry, form, Map.of("landMu", "21"), APPLIED, PriorAwards.NONE)).met()).isFalse();
        assertThat(atLeastFiveMillion.check(Fixtures.context(registry, form, Map.of(), APPLIED, PriorAwards.NONE)).explanation().en())
                .isEqualTo("No land area in mu given");
        assertThat(atLeastFiveMillion.fieldsRead()).isEqualTo(Map.of("landMu", FieldType.INTEGER));
    }
}
