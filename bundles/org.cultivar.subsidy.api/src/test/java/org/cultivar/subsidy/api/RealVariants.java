package org.cultivar.subsidy.api;

import static org.cultivar.subsidy.api.Fixtures.millions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.rules.Band;
import org.cultivar.subsidy.api.rules.Capped;
import org.cultivar.subsidy.api.rules.ClaimedAmount;
import org.cultivar.subsidy.api.rules.FixedAmount;
import org.cultivar.subsidy.api.rules.FixedAmountByTier;
import org.cultivar.subsidy.api.rules.OutputPerMu;
import org.cultivar.subsidy.api.rules.PercentageOf;
import org.cultivar.subsidy.api.rules.RelocatedSince;
import org.cultivar.subsidy.api.rules.SteppedTable;
import org.cultivar.subsidy.api.rules.TitleHeld;
import org.cultivar.subsidy.api.rules.TopUp;

/**
 * DOMAIN.md's real programmes, each composed from the building blocks with its parameters only —
 * what the schedule bundles' components do with their configuration.
 */
final class RealVariants {

    static final RegionCode GUANGZHOU = Fixtures.GUANGZHOU;
    private static final BilingualText CLAIMED = BilingualText.of("申请金额", "Amount claimed");

    private RealVariants() {
    }

    private static ScheduleDefinition.Builder guangzhou(String programme, String zh, String en) {
        return ScheduleDefinition.builder("guangzhou." + programme, GUANGZHOU).name(zh, en)
                .legalBasis("广州市促进专精特新中小企业发展措施", "Guangzhou measures for Specialized SMEs").purposes(programme);
    }

    /** 0.5 M for Specialized SMEs, 2 M for Little Giants; on promotion the difference (就高不重复，差额补足). */
    static ScheduleDefinition cultivation(Money specialized, Money littleGiant) {
        return guangzhou("cultivation", "专精特新企业培育奖励", "Cultivation award")
                .conditions(TitleHeld.atLeast(Tier.SPECIALIZED_SME))
                .amount(new TopUp(new FixedAmountByTier(Map.of(Tier.SPECIALIZED_SME, specialized, Tier.LITTLE_GIANT, littleGiant)),
                        "cultivation"))
                .limits(Limits.oncePerTitle(Tier.SPECIALIZED_SME))
                .documents(new RequiredDocument("titleCertificate", BilingualText.of("认定文件", "Certification notice"), true))
                .build();
    }

    /** A one-off rent subsidy of the amount claimed, up to the cap; a claim beyond it is refused. */
    static ScheduleDefinition rent(Money cap) {
        return claimedUpTo("rent", "租金补贴", "Rent subsidy", cap).limits(Limits.oncePerEnterprise()).build();
    }

    /** Up to the cap for selling catalogue equipment. */
    static ScheduleDefinition technology(Money cap) {
        return claimedUpTo("technology", "首台套推广补贴", "Technology catalogue subsidy", cap).build();
    }

    /** Up to the cap per enterprise and year for talent support. */
    static ScheduleDefinition talent(Money cap) {
        return claimedUpTo("talent", "人才支持", "Talent support", cap).limits(Limits.unlimited().withYearlyCap(cap)).build();
    }

    private static ScheduleDefinition.Builder claimedUpTo(String programme, String zh, String en, Money cap) {
        return guangzhou(programme, zh, en)
                .form(MoneyField.required("claimed", CLAIMED, cap))
                .conditions(TitleHeld.atLeast(Tier.SPECIALIZED_SME))
                .amount(new Capped(new ClaimedAmount("claimed"), cap));
    }

    /** A percentage of new investment in land or production facilities, up to the cap. */
    static ScheduleDefinition investment(BigDecimal percent, Money cap) {
        return guangzhou("investment", "投资奖励", "Investment award")
                .form(MoneyField.required("investment", BilingualText.of("新增投资额", "New investment"), millions("1000000")))
                .conditions(TitleHeld.atLeast(Tier.SPECIALIZED_SME))
                .amount(new Capped(new PercentageOf("investment", percent), cap))
                .build();
    }

    /** Huangpu: fixed amounts by investment band, topped up by the difference on upgrade. */
    static ScheduleDefinition huangpuInvestment(List<Band> bands) {
        return ScheduleDefinition.builder("huangpu.investment", Fixtures.HUANGPU).name("黄埔区固定资产投资奖励", "Huangpu investment award")
                .legalBasis("黄埔区促进先进制造业发展办法", "Huangpu measures for advanced manufacturing").purposes("investment")
                .form(MoneyField.required("investment", BilingualText.of("固定资产投资额", "Fixed-asset investment"), millions("1000000")))
                .conditions(TitleHeld.atLeast(Tier.SPECIALIZED_SME))
                .amount(new TopUp(new SteppedTable("investment", bands), "investment"))
                .build();
    }

    /** Little Giants that moved to Guangzhou since a day and produce enough per mu of land: a fixed amount, once. */
    static ScheduleDefinition relocation(LocalDate since, Money minimumOutputPerMu, Money amount) {
        return guangzhou("relocation", "迁入奖励", "Relocation award")
                .form(new DateField("relocatedOn", BilingualText.of("迁入日期", "Relocated on"), true, null, true),
                        new IntegerField("landMu", BilingualText.of("用地面积（亩）", "Land area (mu)"), true, 1, 1_000_000))
                .conditions(TitleHeld.atLeast(Tier.LITTLE_GIANT), new RelocatedSince("relocatedOn", since),
                        new OutputPerMu("landMu", minimumOutputPerMu))
                .amount(new FixedAmount(amount))
                .limits(Limits.oncePerEnterprise())
                .build();
    }

    /** 免申即享: a Little Giant title granted since the measures took effect drafts the award by itself. */
    static ScheduleDefinition newLittleGiant(LocalDate measuresFrom, Money amount) {
        return guangzhou("new-little-giant", "新认定小巨人奖励（免申即享）", "New Little Giant award (no application)")
                .draftOnGrantOf(Tier.LITTLE_GIANT)
                .conditions(TitleHeld.grantedSince(Tier.LITTLE_GIANT, measuresFrom))
                .amount(new FixedAmount(amount))
                .limits(Limits.oncePerTitle(Tier.LITTLE_GIANT))
                .build();
    }

    /** Central funds: a fixed amount per selected Little Giant, in yearly tranches, the last after a review. */
    static ScheduleDefinition national(Money amount, int years) {
        return ScheduleDefinition.builder("national.little-giant", RegionCode.NATIONAL)
                .name("中央财政支持专精特新“小巨人”企业", "Central funds for Little Giants")
                .legalBasis("财建〔2021〕2号", "Caijian [2021] No. 2").purposes("national-support")
                .conditions(TitleHeld.atLeast(Tier.LITTLE_GIANT))
                .amount(new FixedAmount(amount))
                .limits(Limits.oncePerEnterprise())
                .instalments(InstalmentTerms.yearly(years, true))
                .build();
    }

    static List<Band> huangpuBands() {
        return List.of(new Band(millions("100"), millions("5")), new Band(millions("500"), millions("10")),
                new Band(millions("1000"), millions("20")), new Band(millions("2000"), millions("30")),
                new Band(millions("3000"), millions("50")), new Band(millions("5000"), millions("80")),
                new Band(millions("10000"), millions("100")));
    }
}
