package org.cultivar.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.CriteriaException;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.EnterpriseProfile;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleHistory;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.registry.api.TitleTransition;

/** Registry fixtures: a promoted Guangzhou firm with an exception, a flagged Shenzhen firm, hostile names. */
final class Enterprises {

    static final CreditCode TIANHE_CODE = CreditCodes.valid("91440106MA5CQ1234");
    static final CreditCode SHENZHEN_CODE = CreditCodes.valid("91440300MA5DR5678");
    static final CreditCode HOSTILE_CODE = CreditCodes.valid("91440106MA5CQ9999");

    static final String TIANHE_NAME = "广州天河精密智造有限公司";
    static final String SHENZHEN_NAME = "深圳南山新材料科技股份有限公司";
    static final String LONG_NAME = "广州市天河区珠江新城华夏路高新技术产业开发区".repeat(4) + "有限公司";
    static final String HTML_NAME = "<b>粗体</b><script>alert(1)</script>公司";
    static final String EMOJI_NAME = "笑脸😀科技公司";

    private Enterprises() {
    }

    static EnterpriseProfile tianhe() {
        Enterprise enterprise = new Enterprise(TIANHE_CODE, TIANHE_NAME, "Tianhe Precision Manufacturing Co., Ltd.",
                Actors.TIANHE, Sector.ROBOTICS_AND_CNC, null, false);
        Title innovative = new Title(1, TIANHE_CODE, Tier.INNOVATIVE_SME, CertifyingLevel.PROVINCIAL, "广东省工业和信息化厅",
                "2022年第一批", LocalDate.of(2022, 6, 1), LocalDate.of(2025, 5, 31), TitleStatus.PROMOTED,
                LocalDate.of(2024, 3, 1), null);
        Title specialized = new Title(2, TIANHE_CODE, Tier.SPECIALIZED_SME, CertifyingLevel.PROVINCIAL, "广东省工业和信息化厅",
                "2024年第一批", LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28), TitleStatus.ACTIVE, null, 1L);
        List<TitleHistory> titles = List.of(
                new TitleHistory(innovative, List.of(
                        transition(1, null, TitleStatus.GRANTED, LocalDate.of(2022, 6, 1), "首次认定"),
                        transition(1, TitleStatus.GRANTED, TitleStatus.ACTIVE, LocalDate.of(2022, 6, 1), null),
                        transition(1, TitleStatus.ACTIVE, TitleStatus.PROMOTED, LocalDate.of(2024, 3, 1), "晋级为专精特新"))),
                new TitleHistory(specialized, List.of(
                        transition(2, null, TitleStatus.GRANTED, LocalDate.of(2024, 3, 1), null),
                        transition(2, TitleStatus.GRANTED, TitleStatus.ACTIVE, LocalDate.of(2024, 3, 1), null))));
        CriteriaException exception = new CriteriaException(7, 2, TIANHE_CODE, TIANHE_NAME, Tier.SPECIALIZED_SME,
                CriteriaException.Decision.PROMOTE, "GD-2023", List.of("研发费用占比 2.1%（要求 ≥ 3%）"),
                "研发投入因疫情延迟，已提交整改计划", "gd-official", Instant.parse("2024-02-28T02:00:00Z"));
        return new EnterpriseProfile(enterprise, null, List.of(), titles, List.of(), List.of(), List.of(exception));
    }

    static EnterpriseProfile shenzhen() {
        Enterprise enterprise = new Enterprise(SHENZHEN_CODE, SHENZHEN_NAME, null, Actors.SHENZHEN, Sector.NEW_MATERIALS,
                "南山控股集团", false);
        List<RedFlag> flags = List.of(new RedFlag(RedFlag.Kind.GROUP_SUBSIDIARY, "母公司：南山控股集团"),
                new RedFlag(RedFlag.Kind.HIGH_LEVERAGE, "资产负债率 78%"));
        return new EnterpriseProfile(enterprise, null, List.of(), List.of(), List.of(), flags, List.of());
    }

    /** No English name, sector or group, no titles; a very long name, and flags carrying HTML and emoji. */
    static EnterpriseProfile hostile() {
        Enterprise enterprise = new Enterprise(HOSTILE_CODE, LONG_NAME + HTML_NAME + EMOJI_NAME, null, Actors.TIANHE, null,
                null, false);
        List<RedFlag> flags = List.of(new RedFlag(RedFlag.Kind.WEAK_GROWTH, "=HYPERLINK(\"http://evil\",\"点我\")"));
        return new EnterpriseProfile(enterprise, null, List.of(), List.of(), List.of(), flags, List.of());
    }

    static InMemoryRegistry registry() {
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.add(tianhe());
        registry.add(shenzhen());
        registry.add(hostile());
        return registry;
    }

    private static TitleTransition transition(long title, TitleStatus from, TitleStatus to, LocalDate effective, String reason) {
        return new TitleTransition(title, from, to, effective, reason, "gd-official", effective.atStartOfDay(Labels.BUSINESS_ZONE).toInstant());
    }
}
