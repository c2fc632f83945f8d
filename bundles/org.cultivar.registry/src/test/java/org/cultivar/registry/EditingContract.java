package org.cultivar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cultivar.registry.RegistryFixture.ADMIN;
import static org.cultivar.registry.RegistryFixture.GD_OFFICIAL;
import static org.cultivar.registry.RegistryFixture.GUANGZHOU;
import static org.cultivar.registry.RegistryFixture.GZ_AUDITOR;
import static org.cultivar.registry.RegistryFixture.GZ_CLERK;
import static org.cultivar.registry.RegistryFixture.GZ_OFFICIAL;
import static org.cultivar.registry.RegistryFixture.MIIT_OFFICIAL;
import static org.cultivar.registry.RegistryFixture.SHENZHEN;
import static org.cultivar.registry.RegistryFixture.SZ_CLERK;
import static org.cultivar.registry.RegistryFixture.TODAY;
import static org.cultivar.registry.RegistryFixture.enterprise;
import static org.cultivar.registry.RegistryFixture.figures;
import static org.cultivar.registry.RegistryFixture.grant;
import static org.cultivar.registry.RegistryFixture.gzCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.testing.HostileInputs;
import org.cultivar.core.api.testing.Printable;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.CriteriaEvaluation;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.EnterpriseInput;
import org.cultivar.registry.api.EnterpriseQuery;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleDecision;
import org.cultivar.registry.api.TitleGrant;
import org.cultivar.registry.api.YearlyFigures;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Who may change what, and what input is refused (storing nothing) or stored exactly. */
abstract class EditingContract {

    private RegistryFixture fixture;

    abstract TestDatabase database();

    @BeforeEach
    void open() {
        fixture = new RegistryFixture(database());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void clerksAndOfficialsRecordEnterprisesOfTheirRegionOnly() {
        assertThat(fixture.editor.register(GZ_CLERK, enterprise(gzCode(1), "甲公司", GUANGZHOU)).region()).isEqualTo(GUANGZHOU);
        assertThat(fixture.editor.register(GZ_OFFICIAL, enterprise(gzCode(2), "乙公司", GUANGZHOU))).isNotNull();
        assertThat(fixture.editor.register(GD_OFFICIAL, enterprise(gzCode(3), "丙公司", GUANGZHOU))).isNotNull();
        Map<String, Long> before = fixture.tables();
        for (var actor : new org.cultivar.core.api.security.Actor[] {SZ_CLERK, GZ_AUDITOR, ADMIN}) {
            assertThatThrownBy(() -> fixture.editor.register(actor, enterprise(gzCode(4), "丁公司", GUANGZHOU)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // a Shenzhen clerk can neither correct a Guangzhou enterprise nor record its figures
        assertThatThrownBy(() -> fixture.editor.update(SZ_CLERK, enterprise(gzCode(1), "甲公司改", SHENZHEN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.editor.recordFigures(SZ_CLERK, CreditCode.parse(gzCode(1)),
                figures(2025, 10, 5), null)).isInstanceOf(AccessDeniedException.class);
        // nor can a Guangzhou clerk move an enterprise to Shenzhen
        assertThatThrownBy(() -> fixture.editor.update(GZ_CLERK, enterprise(gzCode(1), "甲公司", SHENZHEN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.tables()).isEqualTo(before);
    }

    @Test
    void titlesNeedAnOfficialWithTheLevelsScope() {
        CreditCode code = fixture.registered(1, "甲公司");
        for (var actor : new org.cultivar.core.api.security.Actor[] {GZ_CLERK, GZ_AUDITOR, ADMIN, GZ_OFFICIAL}) {
            assertThatThrownBy(() -> fixture.editor.grant(actor, grant(code.value(), Tier.SPECIALIZED_SME, TODAY, null)))
                    .as("%s", actor.userId()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.LITTLE_GIANT, TODAY, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("national scope");
        assertThat(fixture.editor.grant(MIIT_OFFICIAL, grant(code.value(), Tier.LITTLE_GIANT, TODAY, null))).isNotNull();
        assertThat(fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY, null))).isNotNull();
    }

    @Test
    void everyReaderRoleReadsButAnAdministratorAloneDoesNot() {
        CreditCode code = fixture.registered(1, "甲公司");
        for (var actor : new org.cultivar.core.api.security.Actor[] {GZ_CLERK, SZ_CLERK, GZ_AUDITOR, GZ_OFFICIAL}) {
            assertThat(fixture.directory.search(actor, EnterpriseQuery.ALL, 0, 10)).hasSize(1);
            assertThat(fixture.directory.profile(actor, code).enterprise().nameZh()).isEqualTo("甲公司");
        }
        assertThatThrownBy(() -> fixture.directory.search(ADMIN, EnterpriseQuery.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.oversight.exceptions(GZ_CLERK, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.worklist.items(SZ_CLERK, 30, GUANGZHOU, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCorrectionIsAuditedWithBeforeAndAfter() {
        fixture.registered(1, "甲公司");
        fixture.audit.clear();
        Enterprise after = fixture.editor.update(GZ_CLERK, new EnterpriseInput(gzCode(1), null, "甲科技公司", "Jia Tech",
                "440100", Sector.NEW_MATERIALS, "某集团"));
        assertThat(after.subsidiary()).isTrue();
        assertThat(fixture.audit.events("enterprise.updated")).singleElement().satisfies(event -> {
            assertThat(event.before()).contains("甲公司");
            assertThat(event.after()).contains("甲科技公司", "某集团");
            assertThat(event.region()).isEqualTo("440100");
        });
        assertThat(fixture.directory.search(GZ_CLERK, EnterpriseQuery.ALL.withText("科技"), 0, 10)).hasSize(1);
        assertThat(fixture.directory.profile(GZ_CLERK, CreditCode.parse(gzCode(1))).redFlags()).hasSize(1);
    }

    @Test
    void aFailingCheckCharacterNeedsAnOverrideThatIsStoredAndAudited() {
        String good = gzCode(7);
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        assertThatThrownBy(() -> fixture.editor.register(GZ_CLERK, enterprise(bad, "早期试点公司", GUANGZHOU)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("check character");
        fixture.editor.register(GZ_CLERK, new EnterpriseInput(bad.toLowerCase(), "pilot code issued 2015, confirmed by AIC",
                "早期试点公司", null, "440100", Sector.OTHER, null));
        assertThat(fixture.audit.actions()).containsExactly("enterprise.registered", "enterprise.check-overridden");
        assertThat(fixture.directory.profile(GZ_CLERK, CreditCode.overridingCheck(bad)).checkOverrideReason())
                .startsWith("pilot code");
    }

    @TestFactory
    Stream<DynamicTest> badInputNamesTheFieldAndStoresNothing() {
        String code = gzCode(1);
        Map<String, EnterpriseInput> enterprises = Map.of(
                "creditCode", enterprise("91440100MA59", "甲", GUANGZHOU),
                "creditCode ", enterprise(code.substring(0, 17) + "I", "甲", GUANGZHOU),
                "nameZh", enterprise(code, " ", GUANGZHOU),
                "nameZh  ", enterprise(code, "甲".repeat(201), GUANGZHOU),
                "nameZh   ", enterprise(code, "甲\u0000乙", GUANGZHOU),
                "regionCode", enterprise(code, "甲", org.cultivar.core.api.security.RegionCode.of("999999")),
                "sector", new EnterpriseInput(code, null, "甲", null, "440100", null, null));
        Stream<DynamicTest> registrations = enterprises.entrySet().stream().map(entry -> DynamicTest.dynamicTest(
                entry.getKey().strip() + " " + Printable.of(entry.getValue().nameZh()), () -> assertRefused(entry.getKey().strip(),
                        () -> fixture.editor.register(GZ_CLERK, entry.getValue()))));
        Map<String, YearlyFigures> figures = Map.of(
                "employees", new YearlyFigures(2025, -1, null, null, null, null, null, null, null, null, null, null, null, null, null),
                "revenue", new YearlyFigures(2025, null, null, Money.ofYuan(BigDecimal.valueOf(-5)), null, null, null, null, null, null, null, null, null, null, null),
                "marketSharePercent", new YearlyFigures(2025, null, null, null, null, null, null, null, null, null, null, null, new BigDecimal("100.5"), null, null),
                "fiscalYear", new YearlyFigures(1999, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                "mainBusinessRevenue", new YearlyFigures(2025, null, null, Money.ofYuan(BigDecimal.TEN), Money.ofYuan(BigDecimal.valueOf(11)), null, null, null, null, null, null, null, null, null, null));
        Stream<DynamicTest> figureTests = figures.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            fixture.registeredIfAbsent(2);
            assertRefused(entry.getKey(), () -> fixture.editor.recordFigures(GZ_CLERK, CreditCode.parse(gzCode(2)), entry.getValue(), null));
        }));
        Stream<DynamicTest> grants = Stream.of(
                DynamicTest.dynamicTest("grantDate in the future", () -> {
                    fixture.registeredIfAbsent(2);
                    assertRefused("grantDate", () -> fixture.editor.grant(GD_OFFICIAL, grant(gzCode(2), Tier.SPECIALIZED_SME, TODAY.plusDays(1), null)));
                }),
                DynamicTest.dynamicTest("validUntil before grantDate", () -> {
                    fixture.registeredIfAbsent(2);
                    assertRefused("validUntil", () -> fixture.editor.grant(GD_OFFICIAL, new org.cultivar.registry.api.TitleGrant(gzCode(2),
                            Tier.SPECIALIZED_SME, null, "广东省工业和信息化厅", null, TODAY, TODAY.minusDays(1), null, null)));
                }));
        return Stream.of(registrations, figureTests, grants).flatMap(s -> s);
    }

    @Test
    void refusalsReadInChineseForClerks() {
        String good = gzCode(7);
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        assertThat(chinese(() -> fixture.editor.register(GZ_CLERK, enterprise(bad, "早期试点公司", GUANGZHOU))))
                .containsExactly("统一社会信用代码 " + bad + " 的第 18 位校验码不正确；如该代码确属合法有效，请填写予以接受的理由。");
        assertThat(chinese(() -> fixture.editor.register(GZ_CLERK, enterprise(good, " ", GUANGZHOU))))
                .containsExactly("企业名称为必填项。");
        assertThat(chinese(() -> fixture.editor.register(GZ_CLERK, enterprise(good, "甲".repeat(201), GUANGZHOU))))
                .containsExactly("企业名称共 201 个字符，最多允许 200 个。");

        CreditCode code = fixture.registered(1, "甲公司");
        assertThat(chinese(() -> fixture.editor.recordFigures(GZ_CLERK, code, new YearlyFigures(2025, -1, null,
                Money.ofYuan(BigDecimal.valueOf(-5)), null, null, null, null, null, null, null, null, new BigDecimal("100.5"),
                null, null), null)))
                .containsExactly("从业人数不能为负数。", "营业收入不能为负数。",
                        "市场占有率 “100.5” 应为 0 至 100 之间的百分比数值，最多保留四位小数。");

        Title active = fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME, TODAY.minusYears(1), null));
        assertThat(chinese(() -> fixture.editor.decide(GD_OFFICIAL, new TitleDecision(active.id(), TitleDecision.Kind.RENEW,
                TODAY, "复核", null, null, null))))
                .containsExactly("状态为“有效”的称号不能变为“复核通过”；只能变为“待复核”、“已晋级”、“已撤销”。");
        Throwable overlap = catchThrowable(() -> fixture.editor.grant(GD_OFFICIAL, grant(code.value(), Tier.SPECIALIZED_SME,
                TODAY, null)));
        assertThat(((InvalidInputException) overlap).message(true)).isEqualTo("tier：该企业已持有有效的专精特新中小企业称号（编号 "
                + active.id() + "），有效期自 " + active.grantDate() + " 至 " + active.validUntil() + "。");
        assertThat(overlap).hasMessage("tier: The enterprise already holds a SPECIALIZED_SME title (no. " + active.id()
                + ") in force from " + active.grantDate() + " to " + active.validUntil() + ".");
    }

    /**
     * Every check the validators and services make, met by input as bad as it gets: each problem
     * has a Chinese wording, so a refusal added without one shows up here.
     */
    @Test
    void everyProblemOfTerribleInputHasAChineseWording() {
        String hidden = "甲\u200B乙";
        String tooLong = "甲".repeat(201);
        String code = gzCode(1);
        Problems problems = new Problems(3);
        for (EnterpriseInput input : Arrays.asList(null,
                new EnterpriseInput(null, hidden, " ", tooLong, null, null, tooLong),
                new EnterpriseInput("91440100MA59", tooLong, hidden, hidden, "44010x", null, hidden),
                new EnterpriseInput(code.substring(0, 17) + "I", null, "甲", null, "999999", Sector.OTHER, null),
                new EnterpriseInput("91ABCDEF0000000001", null, "甲", null, "440100", Sector.OTHER, null),
                new EnterpriseInput(code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'), null, "甲", null,
                        "440100", Sector.OTHER, null))) {
            EnterpriseValidation.check(input, problems);
        }
        Money minus = Money.ofYuan(BigDecimal.valueOf(-1));
        FiguresValidation.check(null, TODAY, problems);
        FiguresValidation.check(new YearlyFigures(1999, -1, -1, minus, minus, minus, minus, minus, minus, minus, -1, -1,
                new BigDecimal("-1"), -1, null), TODAY, problems);
        FiguresValidation.check(new YearlyFigures(2025, 10, 11, Money.ofYuan(BigDecimal.ONE), Money.ofYuan(BigDecimal.TEN),
                null, null, null, null, null, null, null, new BigDecimal("1.23456"), null, null), TODAY, problems);
        TitleRules.checkDates(null, null, TODAY, problems);
        TitleRules.checkDates(TODAY.plusDays(1), TODAY, TODAY, problems);
        TitleRules.checkDates(LocalDate.of(1999, 12, 31), LocalDate.of(2012, 1, 1), TODAY, problems);
        Evaluations evaluations = new Evaluations(fixture.evaluator);
        evaluations.ruleSet("no such rule set", Tier.SPECIALIZED_SME, TODAY, CriteriaEvaluation.Purpose.NEW_APPLICATION,
                problems);
        evaluations.ruleSet(LeverageEvaluator.id(Tier.LITTLE_GIANT, 2022), Tier.SPECIALIZED_SME, TODAY,
                CriteriaEvaluation.Purpose.NEW_APPLICATION, problems);
        List<FieldProblem> all = new ArrayList<>(problems.list());

        String shenzhen = RegistryFixture.code(5, "440300");
        all.addAll(BatchRow.check(GZ_CLERK, new ImportRow(4, enterprise(shenzhen, "乙", SHENZHEN), null,
                grant(shenzhen, Tier.LITTLE_GIANT, TODAY, null)), TODAY, fixture.settings).problems());
        all.addAll(BatchRow.check(GZ_OFFICIAL, new ImportRow(5, enterprise(code, "甲", GUANGZHOU), null,
                grant(code, Tier.LITTLE_GIANT, TODAY, null)), TODAY, fixture.settings).problems());
        all.addAll(BatchRow.check(GZ_CLERK, new ImportRow(6, enterprise(code, "甲", GUANGZHOU), null,
                new TitleGrant(code, null, null, null, tooLong, null, null, null, null)), TODAY, fixture.settings).problems());

        CreditCode registered = fixture.registered(1, "甲公司");
        fixture.editor.recordFigures(GZ_CLERK, registered, figures(2025, 100_000_000, 90_000_000), "correction");
        Title held = fixture.editor.grant(GD_OFFICIAL, grant(code, Tier.SPECIALIZED_SME, TODAY.minusYears(1), "exception"));
        Title dueGiant = fixture.editor.grant(MIIT_OFFICIAL, grant(fixture.registered(2, "乙公司").value(),
                Tier.LITTLE_GIANT, TODAY.minusYears(3).plusDays(100), null));
        CreditCode unknown = CreditCode.parse(gzCode(99));
        for (Runnable call : List.<Runnable>of(
                () -> fixture.editor.register(GZ_CLERK, enterprise(code, "甲", GUANGZHOU)),
                () -> fixture.editor.recordFigures(GZ_CLERK, null, null, hidden),
                () -> fixture.editor.recordFigures(GZ_CLERK, unknown, figures(2025, 10, 5), null),
                () -> fixture.editor.grant(GD_OFFICIAL, null),
                () -> fixture.editor.grant(GD_OFFICIAL, new TitleGrant(code, null, null, " ", tooLong, null, null, null, hidden)),
                () -> fixture.editor.grant(GD_OFFICIAL, grant(code, Tier.INNOVATIVE_SME, TODAY, null)),
                () -> fixture.editor.grant(GD_OFFICIAL, grant(code, Tier.SPECIALIZED_SME, TODAY, "exception")),
                () -> fixture.editor.decide(GD_OFFICIAL, null),
                () -> fixture.editor.decide(GD_OFFICIAL, new TitleDecision(held.id(), null, TODAY.plusDays(1), " ", null,
                        null, hidden)),
                () -> fixture.editor.decide(GD_OFFICIAL, new TitleDecision(999_999, TitleDecision.Kind.REVOKE, TODAY, "无",
                        null, null, null)),
                () -> fixture.editor.decide(GD_OFFICIAL, new TitleDecision(held.id(), TitleDecision.Kind.REVOKE,
                        held.grantDate().minusDays(1), "无", null, null, null)),
                () -> fixture.editor.decide(GD_OFFICIAL, new TitleDecision(held.id(), TitleDecision.Kind.PROMOTE, TODAY,
                        "无", Tier.INNOVATIVE_SME, null, null)),
                () -> fixture.editor.decide(MIIT_OFFICIAL, new TitleDecision(dueGiant.id(), TitleDecision.Kind.DEMOTE, TODAY,
                        "无", Tier.SPECIALIZED_SME, null, null, null, tooLong)),
                () -> fixture.directory.count(GZ_CLERK, EnterpriseQuery.ALL, -1),
                () -> fixture.directory.profile(GZ_CLERK, null),
                () -> fixture.directory.profile(GZ_CLERK, unknown),
                () -> fixture.directory.search(GZ_CLERK, EnterpriseQuery.ALL, -1, 0),
                () -> fixture.worklist.items(GZ_CLERK, -1, null, 0, 10),
                () -> fixture.batch.write(MIIT_OFFICIAL, hidden, List.of()))) {
            Throwable thrown = catchThrowable(call::run);
            assertThat(thrown).isInstanceOf(InvalidInputException.class);
            all.addAll(((InvalidInputException) thrown).problems());
        }

        assertThat(all).hasSizeGreaterThan(60).allSatisfy(problem -> assertThat(problem.messageZh())
                .as("%s", problem).isNotNull().endsWith("。").isNotEqualTo(problem.message()));
        assertThat(all).extracting(FieldProblem::field).contains("enterprise", "creditCode", "overrideReason", "nameZh",
                "nameEn", "regionCode", "sector", "parentGroup", "figures", "fiscalYear", "employees", "marketSharePercent",
                "rdStaff", "mainBusinessRevenue", "grantDate", "validUntil", "ruleSetId", "title", "tier", "authority",
                "batch", "source", "grant", "justification", "decision", "kind", "reason", "effective", "titleId",
                "newTier", "exactUpTo", "limit", "days", "operation");
    }

    /** The Chinese wording of each problem of the refusal the call meets. */
    private static List<String> chinese(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) thrown).problems().stream().map(problem -> problem.message(true)).toList();
    }

    @TestFactory
    Stream<DynamicTest> hostileNamesAreRefusedClearlyOrStoredExactly() {
        int[] next = {100};
        return HostileInputs.dynamicTests(hostile -> {
            String code = gzCode(next[0]++);
            Map<String, Long> before = fixture.tables();
            Throwable thrown = catchThrowable(() -> fixture.editor.register(GZ_CLERK, enterprise(code, hostile.value(), GUANGZHOU)));
            if (thrown != null) {
                assertThat(thrown).isInstanceOf(InvalidInputException.class);
                assertThat(((InvalidInputException) thrown).problems()).extracting(p -> p.field()).containsExactly("nameZh");
                assertThat(Printable.isOneShortLine(thrown.getMessage())).as(Printable.of(thrown.getMessage(), 300)).isTrue();
                assertThat(fixture.tables()).isEqualTo(before);
            } else {
                Enterprise stored = fixture.directory.profile(GZ_CLERK, CreditCode.parse(code)).enterprise();
                assertThat(stored.nameZh()).isEqualTo(hostile.value().strip());
                assertThat(fixture.audit.events("enterprise.registered").get(fixture.audit.events("enterprise.registered").size() - 1)
                        .after().codePoints().allMatch(Printable::visible)).isTrue();
            }
        });
    }

    private void assertRefused(String field, Runnable call) {
        Map<String, Long> before = fixture.tables();
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown).problems()).extracting(p -> p.field()).contains(field);
        assertThat(Printable.isOneShortLine(thrown.getMessage())).as(thrown.getMessage()).isTrue();
        assertThat(fixture.tables()).isEqualTo(before);
    }
}
