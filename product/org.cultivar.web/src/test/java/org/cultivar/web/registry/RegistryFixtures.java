package org.cultivar.web.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.EnterpriseProfile;
import org.cultivar.registry.api.FiguresRevision;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleHistory;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.registry.api.TitleTransition;
import org.cultivar.registry.api.YearlyFigures;

/** Users and registry data the UI tests share: a Guangzhou enterprise with a title, an evaluation and a red flag. */
final class RegistryFixtures {

    static final RegionCode GUANGZHOU = RegionCode.of("440100");
    static final Actor CLERK = new Actor("clerk1", "Clerk", Set.of(Role.CLERK), GUANGZHOU);
    static final Actor OFFICIAL = new Actor("official1", "Official", Set.of(Role.OFFICIAL), RegionCode.of("440000"));
    static final Actor AUDITOR = new Actor("auditor1", "Auditor", Set.of(Role.AUDITOR), RegionCode.NATIONAL);
    static final CreditCode CODE = CreditCode.parse(withCheckCharacter("91440101MA5CXXXX0"));
    static final long TITLE_ID = 7;

    private RegistryFixtures() {
    }

    /** Completes 17 characters with the check character that makes the code valid. */
    static String withCheckCharacter(String first17) {
        for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (CreditCode.isValid(first17 + c)) {
                return first17 + c;
            }
        }
        throw new IllegalArgumentException(first17);
    }

    static Enterprise enterprise(boolean demo) {
        return new Enterprise(CODE, "广州精工<b>科技</b>有限公司", "Guangzhou Precision", GUANGZHOU, Sector.ROBOTICS_AND_CNC,
                "华南装备集团", demo);
    }

    static Title title(TitleStatus status) {
        return new Title(TITLE_ID, CODE, Tier.SPECIALIZED_SME, CertifyingLevel.PROVINCIAL, "广东省工业和信息化厅", "2022-1",
                LocalDate.of(2022, 11, 8), LocalDate.of(2025, 11, 7), status, null, null);
    }

    static CriteriaEvaluation failingEvaluation() {
        return new CriteriaEvaluation("specialized-2022", Tier.SPECIALIZED_SME, 2024, CriteriaEvaluation.Purpose.REEVALUATION, List.of(
                new CriterionResult("liability-ratio", "资产负债率", "Liability ratio", "78.0%", "≤ 70%", CriterionResult.Outcome.FAIL, null),
                new CriterionResult("rd-intensity", "研发投入强度", "R&D intensity", "4.1%", "≥ 3%", CriterionResult.Outcome.PASS, null),
                new CriterionResult("growth", "营收增长率", "Revenue growth", "—", "≥ 5% in each of the last 2 years",
                        CriterionResult.Outcome.NO_DATA, "revenue of 2023 not reported", null, "≥ 5%（近2年每年）", "缺少 2023 年数据")));
    }

    static EnterpriseProfile profile(boolean demo) {
        YearlyFigures figures2024 = new YearlyFigures(2024, 320, 60, Money.parse("98000000"), Money.parse("90000000"),
                Money.parse("150000000"), Money.parse("117000000"), Money.parse("4000000"), Money.parse("3000000"), null, 3, 12,
                null, 6, null);
        YearlyFigures corrected = new YearlyFigures(2024, 321, 60, Money.parse("98500000"), Money.parse("90000000"),
                Money.parse("150000000"), Money.parse("117000000"), Money.parse("4000000"), Money.parse("3000000"), null, 3, 12,
                null, 6, null);
        List<FiguresRevision> figures = List.of(
                new FiguresRevision(corrected, 2, Instant.parse("2025-03-02T02:00:00Z"), "clerk1", "年报更正"),
                new FiguresRevision(figures2024, 1, Instant.parse("2025-02-01T02:00:00Z"), "clerk1", "年报"));
        TitleHistory history = new TitleHistory(title(TitleStatus.DUE_FOR_REEVALUATION), List.of(
                new TitleTransition(TITLE_ID, TitleStatus.GRANTED, TitleStatus.ACTIVE, LocalDate.of(2022, 11, 8), "公示期满",
                        "official1", Instant.parse("2022-11-08T02:00:00Z")),
                new TitleTransition(TITLE_ID, TitleStatus.ACTIVE, TitleStatus.DUE_FOR_REEVALUATION, LocalDate.of(2025, 8, 9),
                        "有效期届满前复核", "system", Instant.parse("2025-08-09T02:00:00Z"))));
        return new EnterpriseProfile(enterprise(demo), "早期试点代码", figures, List.of(history), List.of(failingEvaluation()),
                List.of(new RedFlag(RedFlag.Kind.HIGH_LEVERAGE, "资产负债率 78.0%")), List.of());
    }
}
